"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import type { SessionEnd } from "@/components/room/live-session";
import { postToRoom, type RoomApiResult } from "@/components/room/room-api";
import { RoomEnded, RoomNotice } from "@/components/room/room-notice";
import { joinRoomResponseSchema, type JoinRoomResponse } from "@/lib/live/room-api";
import type { RoomView } from "@/server/live/find-room-view";

const loadLiveSession = () =>
  import("@/components/room/live-session").then((module) => module.LiveSession);

// LiveKit's client is most of the page's JavaScript: it loads while the token is requested.
const LiveSession = dynamic(loadLiveSession, {
  ssr: false,
  loading: () => <Joining />,
});

type Phase =
  | { kind: "joining" }
  | { kind: "live"; joined: JoinRoomResponse; session: number }
  | { kind: "ended" }
  | { kind: "refused"; title: string; message: string }
  | { kind: "replaced" }
  | { kind: "left" }
  | { kind: "disconnected"; message: string; attempt: number };

type RoomClientProps = { room: RoomView; shareUrl: string };

/** The island: asks for a token, runs a LiveKit session, and says plainly why one ended. */
export function RoomClient({ room, shareUrl }: RoomClientProps) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ kind: "joining" });

  useEffect(() => {
    const controller = new AbortController();
    void loadLiveSession();
    void requestToken(room.id, 0, controller.signal).then((next) => {
      if (!controller.signal.aborted) setPhase(next);
    });
    return () => controller.abort();
  }, [room.id]);

  const rejoin = useCallback(
    (attempt: number) => {
      setPhase({ kind: "joining" });
      void requestToken(room.id, attempt).then(setPhase);
    },
    [room.id],
  );

  const onEnd = useCallback(
    (why: SessionEnd) => {
      if (why === "left") router.push("/");
      setPhase(phaseAfter(why));
    },
    [router],
  );

  // After a network drop LiveKit gives up on, come back by ourselves: when the browser is online
  // again, or after a growing pause.
  const retryAttempt = phase.kind === "disconnected" ? phase.attempt : null;
  useEffect(() => {
    if (retryAttempt === null) return;
    const retry = () => rejoin(retryAttempt + 1);
    const timer = window.setTimeout(retry, Math.min(30_000, 2_000 * 2 ** retryAttempt));
    window.addEventListener("online", retry);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("online", retry);
    };
  }, [retryAttempt, rejoin]);

  switch (phase.kind) {
    case "ended":
      return <RoomEnded />;
    case "left":
      return (
        <RoomNotice title="You left the room" action={<RejoinButton onClick={() => rejoin(0)} />} />
      );
    case "replaced":
      return (
        <RoomNotice
          title="You joined from another tab"
          action={<RejoinButton label="Listen here instead" onClick={() => rejoin(0)} />}
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
        <RoomNotice
          title="You're disconnected"
          action={<RejoinButton onClick={() => rejoin(phase.attempt + 1)} />}
        >
          <p role="status">{phase.message} We&apos;ll keep trying to reconnect.</p>
        </RoomNotice>
      );
    case "joining":
      return <Joining />;
    case "live":
      return (
        <LiveSession
          key={phase.session}
          joined={phase.joined}
          room={room}
          shareUrl={shareUrl}
          onEnd={onEnd}
        />
      );
  }
}

/** Asks the app for a token; the answer decides what the page shows next. */
async function requestToken(roomId: string, attempt: number, signal?: AbortSignal): Promise<Phase> {
  const result = await postToRoom(roomId, "token", undefined, signal);
  if (!result.ok) return refusal(result, attempt);
  const joined = joinRoomResponseSchema.safeParse(result.data);
  if (!joined.success) return disconnected("Hearth sent an answer we didn't understand.", attempt);
  // A new session each time: a rejoin starts with a fresh LiveKit Room.
  return { kind: "live", joined: joined.data, session: Date.now() };
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

function phaseAfter(why: SessionEnd): Phase {
  switch (why) {
    case "ended":
      return { kind: "ended" };
    case "replaced":
      return { kind: "replaced" };
    case "removed":
      return {
        kind: "refused",
        title: "You were removed from this room",
        message: "The room's moderators removed you, so you can't rejoin it.",
      };
    case "left":
      return { kind: "left" };
    case "lost":
      return disconnected("The connection to the room was lost.", 0);
  }
}

function refusal(result: Extract<RoomApiResult, { ok: false }>, attempt: number): Phase {
  if (result.status === 409) return { kind: "ended" };
  if (result.status === 403) {
    return { kind: "refused", title: "You can't join this room", message: result.message };
  }
  if (result.status === 404 || result.status === 401) {
    return { kind: "refused", title: "This room isn't available", message: result.message };
  }
  return disconnected(result.message, attempt);
}

function disconnected(message: string, attempt: number): Phase {
  return { kind: "disconnected", message, attempt };
}
