import { useTrackToggle } from "@livekit/components-react";
import { Track } from "livekit-client";
import { Mic, MicOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Mute and unmute for people on stage; LiveKit refuses the mic to anyone else anyway. */
export function MicToggle() {
  const t = useTranslations("room");
  const { enabled, pending, toggle } = useTrackToggle({ source: Track.Source.Microphone });
  return (
    <Button
      variant="toggle"
      size="compact"
      aria-pressed={enabled}
      disabled={pending}
      title={enabled ? t("muteMic") : t("unmuteMic")}
      className="max-sm:size-10 max-sm:p-0"
      onClick={() => void toggle()}
    >
      {enabled ? <Mic aria-hidden="true" /> : <MicOff aria-hidden="true" />}
      {/* On a phone the icon is the label (the control bar keeps to one row); the name stays. */}
      <span className="max-sm:sr-only">{enabled ? t("muteMic") : t("unmuteMic")}</span>
    </Button>
  );
}
