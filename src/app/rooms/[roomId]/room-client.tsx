"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import {
  isActive,
  useLiveSession,
  type LiveRoomSummary,
} from "@/components/room/live-session-provider";
import { RoomEnded, RoomNotice } from "@/components/room/room-notice";
import type { JoinRoomResponse } from "@/lib/live/room-api";
import type { RoomView } from "@/server/live/find-room-view";

// LiveKit's client is most of the page's JavaScript: it loads while the connection starts.
const LiveSession = dynamic(
  () => import("@/components/room/live-session").then((module) => module.LiveSession),
  { ssr: false, loading: () => <Joining /> },
);

type RoomClientProps = {
  room: RoomView;
  shareUrl: string;
  /** A token minted by this page's server render, or null when the render did not mint one. */
  minted: JoinRoomResponse | null;
};

/**
 * The room page's island: joins through the tab's one live session (src/app/layout.tsx), or asks
 * before leaving another room, and says plainly why a session ended.
 */
export function RoomClient({ room, shareUrl, minted }: RoomClientProps) {
  const router = useRouter();
  const { session, join, leave, rejoin } = useLiveSession();
  const summary: LiveRoomSummary = { id: room.id, title: room.title, hostName: room.hostName };
  const phase = session?.room.id === room.id ? session.phase : null;
  // Opening the page joins, unless the tab is listening to another room: then it asks first.
  const [asking, setAsking] = useState(
    () => session !== null && session.room.id !== room.id && isActive(session.phase),
  );

  useEffect(() => {
    if (asking || (phase && isActive(phase))) return;
    join(summary, minted);
    // Only opening the page joins; what happens next comes from the session itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (asking && session) {
    return (
      <SwitchRoom
        from={session.room}
        onSwitch={() => {
          setAsking(false);
          join(summary, null);
        }}
        onStay={() => router.push(`/rooms/${session.room.id}`)}
      />
    );
  }

  switch (phase?.kind) {
    case undefined:
    case "joining":
      return <Joining />;
    case "ended":
      return <RoomEnded />;
    case "left":
      return <RoomNotice title="You left the room" action={<RejoinButton onClick={rejoin} />} />;
    case "replaced":
      return (
        <RoomNotice
          title="You joined from another tab"
          action={<RejoinButton label="Listen here instead" onClick={rejoin} />}
        >
          <p>This room is open in another tab or window, so this one stopped playing it.</p>
        </RoomNotice>
      );
    case "refused":
      return (
        <RoomNotice title={phase.title}>
          <p>{phase.message}</p>
        </RoomNotice>
      );
    case "disconnected":
      return (
        <RoomNotice title="You're disconnected" action={<RejoinButton onClick={rejoin} />}>
          <p role="status">{phase.message} We&apos;ll keep trying to reconnect.</p>
        </RoomNotice>
      );
    case "live":
      return (
        <LiveSession
          livekitRoom={phase.livekitRoom}
          room={room}
          shareUrl={shareUrl}
          onLeave={() => {
            leave();
            router.push("/");
          }}
        />
      );
  }
}

type SwitchRoomProps = { from: LiveRoomSummary; onSwitch: () => void; onStay: () => void };

/** One room at a time: opening another asks before the first one stops. */
function SwitchRoom({ from, onSwitch, onStay }: SwitchRoomProps) {
  return (
    <RoomNotice
      title={`Leave “${from.title}”?`}
      action={
        <>
          <button
            type="button"
            onClick={onSwitch}
            className="rounded-full bg-ember-700 px-5 py-2 font-semibold text-white hover:bg-ember-800"
          >
            Leave and join this room
          </button>
          <button
            type="button"
            onClick={onStay}
            className="rounded-full border border-stone-300 bg-white px-5 py-2 font-semibold hover:bg-ember-100"
          >
            Keep listening
          </button>
        </>
      }
    >
      <p>You&apos;re listening to another room. Joining this one stops it.</p>
    </RoomNotice>
  );
}

function Joining() {
  return (
    <p role="status" className="mx-auto max-w-5xl px-4 py-12 text-center text-ink-600">
      Joining the room…
    </p>
  );
}

function RejoinButton({ label = "Rejoin", onClick }: { label?: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="rounded-full border border-stone-300 bg-white px-5 py-2 font-semibold hover:bg-ember-100"
    >
      {label}
    </button>
  );
}
