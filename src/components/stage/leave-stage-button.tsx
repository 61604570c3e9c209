"use client";

import { ArrowDownToLine } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRoomAction } from "@/components/room/use-room-action";
import { Button } from "@/components/ui/button";
import { stageApiPath } from "@/lib/live/room-api";

/** A speaker's or moderator's own way down to the audience; the host stays on stage. */
export function LeaveStageButton({ roomId }: { roomId: string }) {
  const t = useTranslations("stage");
  const { run, pending, error } = useRoomAction();
  return (
    <>
      <Button
        variant="secondary"
        size="compact"
        disabled={pending}
        title={t("leaveStage")}
        className="max-sm:size-10 max-sm:p-0"
        onClick={() => void run(stageApiPath(roomId, "leave"))}
      >
        <ArrowDownToLine aria-hidden="true" />
        {/* On a phone the icon is the label (the control bar keeps to one row); the name stays. */}
        <span className="max-sm:sr-only">{t("leaveStage")}</span>
      </Button>
      <span role="status" className="text-sm text-red-700 empty:hidden">
        {error}
      </span>
    </>
  );
}
