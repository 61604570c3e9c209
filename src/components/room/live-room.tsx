import { StartAudio } from "@livekit/components-react";
import { ConnectionState } from "livekit-client";
import { useTranslations } from "next-intl";
import { memo, useCallback, useMemo, useState } from "react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { hasStageRole } from "@/lib/live/attributes";
import { OnDemand, onDemandModule } from "@/lib/on-demand-module";
import type { RoomView } from "@/server/live/find-room-view";
import { ChatPanel } from "./chat-panel";
import { ConnectionBanner, useRoomConnectionState } from "./connection-banner";
import { HostChangeNotice } from "./host-change-notice";
import { GoLiveMoment } from "./go-live-moment";
import { MusicModeBadge } from "./music-mode-badge";
import { SpeakInvitationPrompt } from "@/components/stage/speak-invitation-prompt";
import { OnStageNotice } from "./on-stage-notice";
import {
  ROOM_GRID_CLASS,
  ROOM_MAIN_CLASS,
  ROOM_OVERLAY_CLASS,
  type RoomExpectation,
} from "./people-frame";
import { PeopleSection } from "./people-section";
import { PingButton } from "./ping-button";
import { RoomControls } from "./room-controls";
import { RoomHeader } from "./room-header";
import { useFloatingReactions } from "./use-room-messages";
import { useRoomPeople } from "./use-room-people";

// LiveKit's events (people arriving, tracks, attributes, reactions) re-render the room: the parts
// that do not show people keep their last render unless their own props change, and follow
// LiveKit through their own hooks.
const Header = memo(RoomHeader);
const People = memo(PeopleSection);
const Chat = memo(ChatPanel);
const Controls = memo(RoomControls);

// What only a host or moderator uses loads only for them: a listener's room renders without it.
const moderatorToolsModule = onDemandModule(() => import("./moderator-tools"));
const hostLeaveDialogModule = onDemandModule(() => import("./host-leave-dialog"));

type LiveRoomProps = {
  room: RoomView;
  shareUrl: string;
  expected: RoomExpectation;
  onLeave: () => void;
};

/**
 * The room while connected: header, stage, audience, chat and controls, all from LiveKit state.
 * Its audio plays from the layout (LiveDock), so it keeps playing on other pages. Until the first
 * connection it shows what the page expected (role, placeholder tiles), laid out as RoomSkeleton
 * is, so nothing moves when LiveKit fills it in; notices float over it.
 */
export function LiveRoom({ room, shareUrl, expected, onLeave }: LiveRoomProps) {
  const t = useTranslations("room");
  const { stage, audience, me } = useRoomPeople();
  const reactions = useFloatingReactions();
  const connected = useRoomConnectionState() === ConnectionState.Connected;
  // Before joining, LiveKit knows only a local participant without an identity or role. The join
  // answer (identity, role, everyone there) comes before the media connection completes, so people
  // show from then on; a later reconnection keeps the last people rather than placeholders.
  const [known, setKnown] = useState(false);
  const joined = me !== undefined && me.participant.identity !== "";
  if (!known && (connected || joined)) setKnown(true);
  const role = known && me ? me.role : expected.role;
  const myId = me?.participant.identity ?? "";
  const viewer = useMemo(() => ({ roomId: room.id, id: myId, role }), [room.id, myId, role]);
  const moderates = role === "host" || role === "moderator";
  // The host leaving is asked first whether the room ends or passes to the moderators.
  const [askingHost, setAskingHost] = useState(false);
  const leave = useCallback(
    () => (role === "host" ? setAskingHost(true) : onLeave()),
    [role, onLeave],
  );
  const onStage = role !== "listener";
  const marks = useMemo(() => <MusicModeBadge onStage={onStage} />, [onStage]);
  // Anyone in an open or club room, only the stage in a closed one (docs/social.md, Pings).
  const mayPing = !room.isClosed || role !== "listener";
  const invite = useMemo(
    () => (mayPing ? <PingButton roomId={room.id} /> : null),
    [mayPing, room.id],
  );

  return (
    <main id="main-content" className={ROOM_MAIN_CLASS}>
      <div className={ROOM_OVERLAY_CLASS}>
        <ConnectionBanner />
        {/* The host starts muted: the first thing they see is when to unmute. */}
        {expected.role === "host" && role === "host" && <GoLiveMoment />}
        <OnStageNotice role={me && hasStageRole(me.participant.attributes) ? me.role : undefined} />
        <HostChangeNotice myId={viewer.id} />
        <StartAudio
          label={t("startAudio")}
          className={cn(buttonVariants(), "pointer-events-auto shadow-md")}
        />
      </div>
      <Header
        room={room}
        listenerCount={known ? audience.length : expected.audience}
        shareUrl={shareUrl}
        marks={marks}
        invite={invite}
      />
      <div className={ROOM_GRID_CLASS}>
        <div className="flex flex-col gap-4">
          <People
            id="stage-heading"
            title={t("stageHeading")}
            seat="stage"
            people={known ? stage : null}
            expected={expected.stage}
            reactions={reactions}
            empty={t("waitingForHost", { name: room.hostName })}
            viewer={viewer}
          />
          <People
            id="audience-heading"
            title={t("listeningHeading")}
            seat="audience"
            people={known ? audience : null}
            expected={expected.audience}
            reactions={reactions}
            empty={t("nobodyListening")}
            viewer={viewer}
          />
        </div>
        <div className="flex flex-col gap-4">
          {moderates && (
            <OnDemand module={moderatorToolsModule}>
              {({ ModeratorTools }) => <ModeratorTools roomId={room.id} />}
            </OnDemand>
          )}
          <Chat roomId={room.id} />
        </div>
      </div>
      <Controls roomId={room.id} role={role} onLeave={leave} />
      {role === "host" && (
        <OnDemand module={hostLeaveDialogModule}>
          {({ HostLeaveDialog }) => (
            <HostLeaveDialog
              roomId={room.id}
              open={askingHost}
              onOpenChange={setAskingHost}
              onLeft={onLeave}
            />
          )}
        </OnDemand>
      )}
      {/* Not memoised: it reads the viewer's attributes off LiveKit's participant, an object that
          stays the same as they change. */}
      <SpeakInvitationPrompt roomId={room.id} me={me?.participant} />
    </main>
  );
}
