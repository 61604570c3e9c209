import { useTrackToggle } from "@livekit/components-react";
import { Track } from "livekit-client";
import { Mic, MicOff } from "lucide-react";
import { useTranslations } from "next-intl";

const buttonClass =
  "rounded-full px-4 py-2 sm:px-5 sm:py-2.5 font-semibold disabled:opacity-60 aria-pressed:bg-ember-700 aria-pressed:text-white";

/** Mute and unmute for people on stage; LiveKit refuses the mic to anyone else anyway. */
export function MicToggle() {
  const t = useTranslations("room");
  const { enabled, pending, toggle } = useTrackToggle({ source: Track.Source.Microphone });
  return (
    <button
      type="button"
      aria-pressed={enabled}
      disabled={pending}
      onClick={() => void toggle()}
      className={`${buttonClass} ${enabled ? "" : "border border-stone-300 bg-white hover:bg-ember-100"}`}
    >
      {enabled ? (
        <Mic aria-hidden="true" className="mr-1.5 inline size-4 align-[-0.125em]" />
      ) : (
        <MicOff aria-hidden="true" className="mr-1.5 inline size-4 align-[-0.125em]" />
      )}
      {enabled ? t("muteMic") : t("unmuteMic")}
    </button>
  );
}
