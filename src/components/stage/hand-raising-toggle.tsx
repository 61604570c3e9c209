"use client";

import { useRoomInfo } from "@livekit/components-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useRoomAction } from "@/components/room/use-room-action";
import { Label } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { stageApiPath } from "@/lib/live/room-api";
import { parseRoomMetadata } from "@/lib/live/room-metadata";

/** For hosts and moderators: hand raising on or off (off clears the queue). */
export function HandRaisingToggle({ roomId }: { roomId: string }) {
  const t = useTranslations("stage");
  const id = useId();
  const { metadata } = useRoomInfo();
  const { handRaisingOn } = parseRoomMetadata(metadata);
  const { run, pending, error } = useRoomAction();

  function toggle(on: boolean) {
    void run(stageApiPath(roomId, "hand-raising"), { method: "PUT", body: { on } });
  }

  return (
    <div className="flex items-center gap-2">
      <Switch id={id} checked={handRaisingOn} disabled={pending} onCheckedChange={toggle} />
      <Label htmlFor={id}>{t("handRaising")}</Label>
      <span role="status" className="text-sm text-red-700">
        {error}
      </span>
    </div>
  );
}
