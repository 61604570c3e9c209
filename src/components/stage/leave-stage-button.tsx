"use client";

import { Armchair } from "lucide-react";
import { useTranslations } from "next-intl";
import { BarLabel } from "@/components/room/bar-label";
import { useRoomAction } from "@/components/room/use-room-action";
import { Button } from "@/components/ui/button";
import { stageApiPath } from "@/lib/live/room-api";

/** A speaker's or moderator's own way down to the audience; the host stays on stage. */
export function LeaveStageButton({ roomId }: { roomId: string }) {
  const t = useTranslations("stage");
  const tPeople = useTranslations("roomPeople");
  const { run, pending, error } = useRoomAction();
  return (
    <>
      <Button
        variant="secondary"
        size="bar"
        disabled={pending}
        onClick={() => void run(stageApiPath(roomId, "leave"))}
      >
        {/* A seat in the audience: the old arrow read as "download". */}
        <Armchair aria-hidden="true" />
        <BarLabel short={tPeople("barLeaveStage")} full={t("leaveStage")} />
      </Button>
      <span role="status" className="text-sm text-red-700 empty:hidden">
        {error}
      </span>
    </>
  );
}
