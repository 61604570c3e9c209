"use client";

import { LiveKitRoom } from "@livekit/components-react";
import { DisconnectReason, Room, RoomEvent } from "livekit-client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { LiveRoom } from "@/components/room/live-room";
import { postToRoom, type RoomApiResult } from "@/components/room/room-api";
import { RoomEnded, RoomNotice } from "@/components/room/room-notice";
import { joinRoomResponseSchema, type StageRoleValue } from "@/lib/validations/live";
import type { RoomView } from "@/server/live/find-room-view";

type Session = { room: Room; token: string; serverUrl: string; role: StageRoleValue };

type Phase =
  | { kind: "joining" }
  | { kind: "live"; session: Session }
  | { kind: "ended" }
  | { kind: "refused"; title: string; message: string }
  | { kind: "replaced" }
  | { kind: "left" }
  | { kind: "disconnected"; message: string; attempt: number };

type RoomClientProps = { room: RoomView; shareUrl: string };

/** The island that owns the LiveKit Room: joins, shows the live room, and says why it ended. */
export function RoomClient({ room, shareUrl }: RoomClientProps) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ kind: "joining" });
  const [micOnConnect, setMicOnConnect] = useState(true);

  useEffect(() => {
    const controller = new AbortController();
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

  const liveRoom = phase.kind === "live" ? phase.session.room : null;
  useEffect(() => {
    if (!liveRoom) return;
    const onDisconnected = (reason?: DisconnectReason) => setPhase(phaseAfter(reason));
    liveRoom.on(RoomEvent.Disconnected, onDisconnected);
    return () => {
      liveRoom.off(RoomEvent.Disconnected, onDisconnected);
    };
  }, [liveRoom]);

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

  const onConnected = useCallback(() => setMicOnConnect(false), []);
  const onError = useCallback((error: Error) => console.warn("LiveKit:", error.message), []);
  const leave = useCallback(async () => {
    await liveRoom?.disconnect();
    router.push("/");
  }, [liveRoom, router]);

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
      return (
        <p role="status" className="mx-auto max-w-5xl px-4 py-12 text-center text-ink-600">
          Joining {room.title}…
        </p>
      );
    case "live":
      return (
        <LiveKitRoom
          room={phase.session.room}
          serverUrl={phase.session.serverUrl}
          token={phase.session.token}
          connect
          audio={phase.session.role === "host" && micOnConnect}
          video={false}
          onConnected={onConnected}
          onError={onError}
        >
          <LiveRoom room={room} shareUrl={shareUrl} onLeave={() => void leave()} />
        </LiveKitRoom>
      );
  }
}

/** Asks the app for a token; the answer decides what the page shows next. */
async function requestToken(roomId: string, attempt: number, signal?: AbortSignal): Promise<Phase> {
  const result = await postToRoom(roomId, "token", undefined, signal);
  if (!result.ok) return refusal(result, attempt);
  const joined = joinRoomResponseSchema.safeParse(result.data);
  if (!joined.success) return disconnected("Hearth sent an answer we didn't understand.", attempt);
  // One Room per session: a rejoin starts clean instead of reusing a disconnected one.
  const room = new Room({ adaptiveStream: false, dynacast: false });
  return { kind: "live", session: { ...joined.data, room } };
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

function phaseAfter(reason: DisconnectReason | undefined): Phase {
  switch (reason) {
    case DisconnectReason.ROOM_DELETED:
    case DisconnectReason.ROOM_CLOSED:
      return { kind: "ended" };
    case DisconnectReason.DUPLICATE_IDENTITY:
      return { kind: "replaced" };
    case DisconnectReason.PARTICIPANT_REMOVED:
      return {
        kind: "refused",
        title: "You were removed from this room",
        message: "The room's moderators removed you, so you can't rejoin it.",
      };
    case DisconnectReason.CLIENT_INITIATED:
      return { kind: "left" };
    default:
      return disconnected("The connection to the room was lost.", 0);
  }
}

function refusal(result: Extract<RoomApiResult, { ok: false }>, attempt: number): Phase {
  if (result.status === 409) return { kind: "ended" };
  if (result.status === 403)
    return { kind: "refused", title: "You can't join this room", message: result.message };
  if (result.status === 404 || result.status === 401) {
    return { kind: "refused", title: "This room isn't available", message: result.message };
  }
  return disconnected(result.message, attempt);
}

function disconnected(message: string, attempt: number): Phase {
  return { kind: "disconnected", message, attempt };
}
