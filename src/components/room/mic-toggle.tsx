import { Mic, MicOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { BarLabel } from "./bar-label";
import { useMicrophone } from "./use-microphone";

/** Mute and unmute for people on stage; LiveKit refuses the mic to anyone else anyway. */
export function MicToggle() {
  const t = useTranslations("room");
  const tPeople = useTranslations("roomPeople");
  const mic = useMicrophone();
  const enabled = mic.on;
  return (
    <Button
      variant="toggle"
      size="bar"
      aria-pressed={enabled}
      disabled={mic.pending}
      onClick={() => void mic.set(!enabled)}
    >
      {enabled ? <Mic aria-hidden="true" /> : <MicOff aria-hidden="true" />}
      <BarLabel
        short={tPeople(enabled ? "barMute" : "barUnmute")}
        full={enabled ? t("muteMic") : t("unmuteMic")}
      />
    </Button>
  );
}
