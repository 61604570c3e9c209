"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Label } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { SPATIAL_AUDIO_API_PATH } from "@/lib/live/spatial-audio";
import { chooseSpatialAudio, useSpatialAudioChoice } from "./spatial-audio-choice";
import { useRoomAction } from "./use-room-action";

/**
 * Spatial stage audio on or off, for whoever listens: heard at once, and remembered for the member
 * on every device (the server keeps it).
 */
export function SpatialAudioSwitch() {
  const t = useTranslations("room");
  const id = useId();
  const hintId = useId();
  const on = useSpatialAudioChoice();
  const [announced, setAnnounced] = useState("");
  const { run, pending, error } = useRoomAction();

  async function toggle(next: boolean) {
    // Heard at once; put back if the server did not keep it.
    chooseSpatialAudio(next);
    const result = await run(SPATIAL_AUDIO_API_PATH, { method: "PUT", body: { on: next } });
    if (!result.ok) {
      chooseSpatialAudio(!next);
      return;
    }
    setAnnounced(t(next ? "spatialAudioOnAnnounced" : "spatialAudioOffAnnounced"));
  }

  return (
    <div className="flex items-center gap-2">
      <Switch
        id={id}
        checked={on}
        disabled={pending}
        aria-describedby={hintId}
        onCheckedChange={(next) => void toggle(next)}
      />
      <Label htmlFor={id}>{t("spatialAudio")}</Label>
      <span id={hintId} className="sr-only">
        {t("spatialAudioHint")}
      </span>
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
