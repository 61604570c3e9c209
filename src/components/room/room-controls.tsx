import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { LeaveStageButton } from "@/components/stage/leave-stage-button";
import { RaiseHandButton } from "@/components/stage/raise-hand-button";
import { Button } from "@/components/ui/button";
import type { StageRole } from "@/lib/live/roles";
import { EndRoomButton } from "./end-room-button";
import { BarLabel } from "./bar-label";
import { MicToggle } from "./mic-toggle";
import { MusicModeMic } from "./music-mode-mic";
import { CONTROL_BAR_CLASS } from "./people-frame";
import { RaisedHandsButton } from "./raised-hands-button";
import { ReactionBar } from "./reaction-bar";

type RoomControlsProps = {
  roomId: string;
  role: StageRole;
  onLeave: () => void;
};

/**
 * What the viewer can do, by role, in one row at the bottom of the screen: leave, the mic on
 * stage (and Leave the stage, but for the host) or a raised hand in the audience, the raised-hand
 * count for moderators, reactions, and the host's End room. Each button is its icon and a short
 * word, stacked on a phone (the whole name is the accessible name); music mode and Ping are in
 * the header.
 */
export function RoomControls({ roomId, role, onLeave }: RoomControlsProps) {
  const t = useTranslations("room");
  const tPeople = useTranslations("roomPeople");
  const onStage = role !== "listener";
  const moderates = role === "host" || role === "moderator";
  return (
    <section id="room-controls" aria-label={t("roomControls")} className={CONTROL_BAR_CLASS}>
      <Button variant="secondary" size="bar" onClick={onLeave}>
        <LogOut aria-hidden="true" />
        <BarLabel short={tPeople("barLeave")} full={t("leaveQuietly")} />
      </Button>
      {onStage ? <MicToggle /> : <RaiseHandButton roomId={roomId} />}
      {onStage && <MusicModeMic />}
      {(role === "speaker" || role === "moderator") && <LeaveStageButton roomId={roomId} />}
      {moderates && <RaisedHandsButton />}
      <ReactionBar roomId={roomId} />
      {role === "host" && <EndRoomButton roomId={roomId} />}
    </section>
  );
}
