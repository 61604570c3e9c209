"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useDeferredValue, useEffect, useState, type ComponentProps, type ReactNode } from "react";
import {
  isActive,
  useLiveSession,
  type LivePhase,
  type LiveRoomSummary,
} from "@/components/room/live-session-provider";
import type { RoomExpectation } from "@/components/room/people-frame";
import type { LiveSession } from "@/components/room/live-session";
import { RoomEnded, RoomNotice } from "@/components/room/room-notice";
import { liveSessionModule } from "@/components/room/room-modules";
import { RoomSkeleton } from "@/components/room/room-skeleton";
import { Button } from "@/components/ui/button";
import type { JoinRoomResponse } from "@/lib/live/room-api";
import { useOnDemandModule } from "@/lib/on-demand-module";
import type { RoomSeats } from "@/server/live/count-room-seats";
import type { RoomView } from "@/server/live/find-room-view";

const JOINING: LivePhase = { kind: "joining" };

type RoomClientProps = {
  room: RoomView;
  shareUrl: string;
  /** A token minted by this page's server render, or null when the render did not mint one. */
  minted: JoinRoomResponse | null;
  /** Who else the server knows is on the stage and in the audience. */
  seats: RoomSeats;
};

/**
 * The room page's island: enters through the tab's one live session (src/app/layout.tsx), or asks
 * before leaving another room, and says plainly why a session ended.
 */
export function RoomClient({ room, shareUrl, minted, seats }: RoomClientProps) {
  const t = useTranslations("room");
  const router = useRouter();
  const { session, enter, leave, reenter } = useLiveSession();
  const summary: LiveRoomSummary = { id: room.id, title: room.title, hostName: room.hostName };
  // Mounting the whole live room (people, chat, controls) is the page's largest render: deferred,
  // React renders it in slices between which the page keeps answering taps, and the skeleton (same
  // layout) stays until the room is ready, as it did while LiveSession's code loaded. Every other
  // phase (a notice, a retry) shows at once.
  const current = session?.room.id === room.id ? session.phase : null;
  const deferred = useDeferredValue(current);
  const phase = current?.kind === "live" && deferred?.kind !== "live" ? JOINING : current;
  const role = phase?.kind === "live" ? phase.joined.role : (minted?.role ?? "listener");
  const onStage = role !== "listener";
  // The viewer takes a seat too: the skeleton shows them where LiveKit will.
  const expected: RoomExpectation = {
    role,
    stage: seats.stage + (onStage ? 1 : 0),
    audience: seats.audience + (onStage ? 0 : 1),
  };
  const skeleton = <RoomSkeleton room={room} shareUrl={shareUrl} expected={expected} />;
  // Opening the page enters the room, unless the tab is listening to another room: then it asks first.
  const [asking, setAsking] = useState(
    () => session !== null && session.room.id !== room.id && isActive(session.phase),
  );

  useEffect(() => {
    // Already entering or in this room (from its link, or back from the mini-player), enter only
    // names the room's host for the mini-player.
    if (asking) return;
    enter(summary, { minted });
    // Only opening the page enters; what happens next comes from the session itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (asking && session) {
    return (
      <SwitchRoom
        from={session.room}
        onSwitch={() => {
          setAsking(false);
          // Asked and agreed: the room this tab was in is left everywhere, not only here.
          enter(summary, { leaveOthers: true });
        }}
        onStay={() => router.push(`/rooms/${session.room.id}`)}
      />
    );
  }

  switch (phase?.kind) {
    case undefined:
    case "joining":
      return skeleton;
    case "ended":
      return <RoomEnded roomId={room.id} />;
    case "left":
      return <RoomNotice title={t("leftTitle")} action={<RejoinButton onClick={reenter} />} />;
    case "elsewhere":
      // Live in another room from another tab or device: one room at a time, asked first.
      return (
        <SwitchRoom
          from={{ id: phase.other.roomId, title: phase.other.title, hostName: null }}
          elsewhere
          onSwitch={() => enter(summary, { leaveOthers: true })}
          onStay={() => undefined}
        />
      );
    case "replaced":
      return (
        <RoomNotice
          title={t("replacedTitle")}
          action={<RejoinButton label={t("listenHere")} onClick={reenter} />}
        >
          <p>{t("replacedBody")}</p>
        </RoomNotice>
      );
    case "refused":
      return (
        <RoomNotice title={t(phase.title)}>
          <p>
            {phase.message ??
              t(phase.title === "joinRefusedTitle" ? "joinRefusedBody" : "removedBody")}
          </p>
        </RoomNotice>
      );
    case "failed":
      // The server kept failing: no more retrying by itself; the reference finds its log line.
      return (
        <RoomNotice
          title={t("joinFailedTitle")}
          action={<RejoinButton label={t("tryAgain")} onClick={reenter} />}
        >
          <p role="status">{t("joinFailedBody")}</p>
          {phase.reference && (
            <p className="mt-2 text-sm">{t("errorReference", { reference: phase.reference })}</p>
          )}
        </RoomNotice>
      );
    case "disconnected":
      return (
        <RoomNotice title={t("disconnectedTitle")} action={<RejoinButton onClick={reenter} />}>
          <p role="status">
            {t("disconnectedBody", { message: phase.message ?? t("connectionLost") })}
          </p>
        </RoomNotice>
      );
    case "live":
      return (
        <LiveSessionOnceLoaded
          skeleton={skeleton}
          livekitRoom={phase.livekitRoom}
          room={room}
          shareUrl={shareUrl}
          expected={expected}
          onLeave={() => {
            leave();
            router.push("/");
          }}
        />
      );
  }
}

type SwitchRoomProps = {
  from: LiveRoomSummary;
  /** The other room is open in another tab or on another device, not in this tab. */
  elsewhere?: boolean;
  onSwitch: () => void;
  onStay: () => void;
};

/** One room at a time: opening another asks before the first one stops. */
function SwitchRoom({ from, elsewhere = false, onSwitch, onStay }: SwitchRoomProps) {
  const t = useTranslations("room");
  return (
    <RoomNotice
      title={t("switchTitle", { title: from.title })}
      action={
        <>
          <Button onClick={onSwitch}>{t("switchConfirm")}</Button>
          {/* The other room plays elsewhere: the notice's own way back to the hallway is the stay. */}
          {!elsewhere && (
            <Button variant="secondary" onClick={onStay}>
              {t("switchStay")}
            </Button>
          )}
        </>
      }
    >
      <p>{t(elsewhere ? "switchElsewhereBody" : "switchBody")}</p>
    </RoomNotice>
  );
}

function RejoinButton({ label, onClick }: { label?: string; onClick: () => void }) {
  const t = useTranslations("room");
  return (
    <Button variant="secondary" onClick={onClick}>
      {label ?? t("rejoin")}
    </Button>
  );
}

type LiveSessionOnceLoadedProps = ComponentProps<typeof LiveSession> & {
  skeleton: ReactNode;
};

/**
 * LiveKit's client is most of the page's JavaScript: it loads while the connection starts, and the
 * page shows the room's skeleton (same layout, same sizes) until it is there.
 */
function LiveSessionOnceLoaded({ skeleton, ...props }: LiveSessionOnceLoadedProps) {
  const code = useOnDemandModule(liveSessionModule);
  return code ? <code.LiveSession {...props} /> : skeleton;
}
