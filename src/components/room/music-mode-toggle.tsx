"use client";

import { useRoomInfo } from "@livekit/components-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useRoomAction } from "@/components/room/use-room-action";
import { Label } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { musicModeApiPath } from "@/lib/live/music-mode";
import { parseRoomMetadata } from "@/lib/live/room-metadata";

/** For hosts and moderators: music mode on or off (speakers' mics switch over in place). */
export function MusicModeToggle({ roomId }: { roomId: string }) {
  const t = useTranslations("match");
  const id = useId();
  const { metadata } = useRoomInfo();
  const musicMode = parseRoomMetadata(metadata).musicMode === true;
  const { run, pending, error } = useRoomAction();

  function toggle(on: boolean) {
    void run(musicModeApiPath(roomId), { method: "PUT", body: { on } });
  }

  return (
    <div className="flex items-center gap-2">
      <Switch id={id} checked={musicMode} disabled={pending} onCheckedChange={toggle} />
      <Label htmlFor={id}>{t("musicMode")}</Label>
      <span role="status" className="text-sm text-red-700">
        {error}
      </span>
    </div>
  );
}
