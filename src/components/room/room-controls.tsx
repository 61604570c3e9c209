import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { RaiseHandButton } from "@/components/stage/raise-hand-button";
import { Button } from "@/components/ui/button";
import type { StageRole } from "@/lib/live/roles";
import { EndRoomButton } from "./end-room-button";
import { MicToggle } from "./mic-toggle";
import { ReactionBar } from "./reaction-bar";

type RoomControlsProps = {
  roomId: string;
  role: StageRole;
  onLeave: () => void;
};

/** What the viewer can do, by role: the mic on stage, a raised hand in the audience. */
export function RoomControls({ roomId, role, onLeave }: RoomControlsProps) {
  const t = useTranslations("room");
  const onStage = role !== "listener";
  return (
    <section
      id="room-controls"
      aria-label={t("roomControls")}
      className="sticky bottom-0 flex flex-col gap-2 rounded-t-2xl border-t border-ember-100 bg-ember-50/95 px-3 py-2 backdrop-blur sm:px-4 sm:py-3"
    >
      <div className="flex flex-wrap items-center gap-2 sm:gap-3">
        <Button variant="secondary" size="compact" onClick={onLeave}>
          <LogOut aria-hidden="true" />
          {t("leaveQuietly")}
        </Button>
        {onStage ? <MicToggle /> : <RaiseHandButton roomId={roomId} />}
        {role === "host" && <EndRoomButton roomId={roomId} />}
      </div>
      <ReactionBar roomId={roomId} />
    </section>
  );
}
