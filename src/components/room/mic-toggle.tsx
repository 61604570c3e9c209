import { useTrackToggle } from "@livekit/components-react";
import { Track } from "livekit-client";
import { Mic, MicOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { BarLabel } from "./bar-label";

/** Mute and unmute for people on stage; LiveKit refuses the mic to anyone else anyway. */
export function MicToggle() {
  const t = useTranslations("room");
  const tPeople = useTranslations("roomPeople");
  const { enabled, pending, toggle } = useTrackToggle({ source: Track.Source.Microphone });
  return (
    <Button
      variant="toggle"
      size="bar"
      aria-pressed={enabled}
      disabled={pending}
      onClick={() => void toggle()}
    >
      {enabled ? <Mic aria-hidden="true" /> : <MicOff aria-hidden="true" />}
      <BarLabel
        short={tPeople(enabled ? "barMute" : "barUnmute")}
        full={enabled ? t("muteMic") : t("unmuteMic")}
      />
    </Button>
  );
}
