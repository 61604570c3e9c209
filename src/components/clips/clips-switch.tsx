"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useRoomAction } from "@/components/room/use-room-action";
import { Label } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { roomClipsApiPath } from "@/lib/clips/clip-limits";

type ClipsSwitchProps = { roomId: string; enabled: boolean };

/** For the host: whether listeners may clip this room (clips already made stay). */
export function ClipsSwitch({ roomId, enabled }: ClipsSwitchProps) {
  const t = useTranslations("clips");
  const id = useId();
  const [on, setOn] = useState(enabled);
  const [announced, setAnnounced] = useState("");
  const { run, pending, error } = useRoomAction();

  async function toggle(next: boolean) {
    const result = await run(roomClipsApiPath(roomId), { method: "PUT", body: { enabled: next } });
    if (!result.ok) return;
    setOn(next);
    setAnnounced(t(next ? "clipsOnAnnounced" : "clipsOffAnnounced"));
  }

  return (
    <div className="flex items-center gap-2">
      <Switch
        id={id}
        checked={on}
        disabled={pending}
        onCheckedChange={(next) => void toggle(next)}
      />
      <Label htmlFor={id}>{t("allowClips")}</Label>
      <span role="status" className="text-sm">
        {error ? (
          <span className="text-red-700">{error}</span>
        ) : (
          <span className="sr-only">{announced}</span>
        )}
      </span>
    </div>
  );
}
