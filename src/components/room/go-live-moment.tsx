import { useRoomContext, useTrackVolume } from "@livekit/components-react";
import { createLocalAudioTrack, type LocalAudioTrack } from "livekit-client";
import { Mic } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { useMicrophone } from "./use-microphone";

/**
 * A new room starts with its host muted: this is the moment they see first, "You're live — unmute
 * when ready", with their microphone's level from a local track that is never published (no byte
 * leaves the browser until Unmute), and the Unmute button. Gone once the microphone is live.
 */
export function GoLiveMoment() {
  const t = useTranslations("room");
  const room = useRoomContext();
  const mic = useMicrophone();
  const [preview, setPreview] = useState<LocalAudioTrack | undefined>(undefined);
  const [done, setDone] = useState(false);
  const titleId = useId();
  if (mic.on && !done) setDone(true);

  useEffect(() => {
    if (done) return;
    let track: LocalAudioTrack | undefined;
    let cancelled = false;
    // The one permission prompt comes here; the same capture settings the microphone will use.
    createLocalAudioTrack(room.options.audioCaptureDefaults)
      .then((made) => {
        if (cancelled) made.stop();
        else setPreview((track = made));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      track?.stop();
      setPreview(undefined);
    };
  }, [done, room]);

  if (done) return null;

  return (
    <section
      aria-labelledby={titleId}
      className="pointer-events-auto flex w-full max-w-sm flex-col gap-3 rounded-2xl bg-white p-4 shadow-lg ring-1 ring-ember-100"
    >
      <h2 id={titleId} className="text-lg font-semibold text-ink-900">
        {t("goLiveTitle")}
      </h2>
      <p className="text-sm text-ink-600">{t("goLiveHint")}</p>
      <MicLevelMeter track={preview} label={t("micLevel")} />
      <Button onClick={() => void mic.set(true)} disabled={mic.pending} className="self-start">
        <Mic aria-hidden="true" />
        {t("goLiveUnmute")}
      </Button>
    </section>
  );
}

/** The level of a local microphone track (LiveKit's analyser), as a meter. */
function MicLevelMeter({ track, label }: { track: LocalAudioTrack | undefined; label: string }) {
  const volume = useTrackVolume(track);
  // Speech sits low on a linear scale: the square root spreads it across the bar.
  const level = Math.round(Math.min(1, Math.sqrt(volume)) * 100);
  return (
    <div className="flex flex-col gap-1">
      <span aria-hidden="true" className="text-xs font-semibold text-ink-600">
        {label}
      </span>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={level}
        data-level={level}
        className="h-3 w-full overflow-hidden rounded-full bg-ember-100"
      >
        <div
          className="h-full rounded-full bg-ember-500 transition-[width] duration-75"
          style={{ width: `${level}%` }}
        />
      </div>
    </div>
  );
}
