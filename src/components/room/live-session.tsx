"use client";

import { LiveKitRoom } from "@livekit/components-react";
import { DisconnectReason, Room, RoomEvent } from "livekit-client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { JoinRoomResponse } from "@/lib/live/room-api";
import type { RoomView } from "@/server/live/find-room-view";
import { LiveRoom } from "./live-room";

/** Why a session stopped, in the page's words. */
export type SessionEnd = "ended" | "replaced" | "removed" | "left" | "lost";

type LiveSessionProps = {
  joined: JoinRoomResponse;
  room: RoomView;
  shareUrl: string;
  onEnd: (why: SessionEnd) => void;
};

/**
 * One connection to the LiveKit room: owns the `Room` (created once, disconnected on unmount), and
 * reports why it ended. Loaded on demand, so the page's first JavaScript stays small and the token
 * request runs while LiveKit's code downloads.
 */
export function LiveSession({ joined, room, shareUrl, onEnd }: LiveSessionProps) {
  const [livekitRoom] = useState(() => new Room({ adaptiveStream: false, dynacast: false }));
  // The host's microphone goes live on the first connect only, not again on a later reconnect.
  const [micOnConnect, setMicOnConnect] = useState(joined.role === "host");

  // Only "Leave quietly" counts as leaving: React's development double mount also disconnects.
  const isLeaving = useRef(false);

  useEffect(() => {
    const onDisconnected = (reason?: DisconnectReason) => {
      const why = endOf(reason);
      if (why !== "left" || isLeaving.current) onEnd(why);
    };
    livekitRoom.on(RoomEvent.Disconnected, onDisconnected);
    return () => {
      livekitRoom.off(RoomEvent.Disconnected, onDisconnected);
    };
  }, [livekitRoom, onEnd]);

  const onConnected = useCallback(() => setMicOnConnect(false), []);
  const onError = useCallback((error: Error) => console.warn("LiveKit:", error.message), []);
  const leave = useCallback(() => {
    isLeaving.current = true;
    void livekitRoom.disconnect();
  }, [livekitRoom]);

  return (
    <LiveKitRoom
      room={livekitRoom}
      serverUrl={joined.serverUrl}
      token={joined.token}
      connect
      audio={micOnConnect}
      video={false}
      onConnected={onConnected}
      onError={onError}
    >
      <LiveRoom room={room} shareUrl={shareUrl} onLeave={leave} />
    </LiveKitRoom>
  );
}

function endOf(reason: DisconnectReason | undefined): SessionEnd {
  switch (reason) {
    case DisconnectReason.ROOM_DELETED:
    case DisconnectReason.ROOM_CLOSED:
      return "ended";
    case DisconnectReason.DUPLICATE_IDENTITY:
      return "replaced";
    case DisconnectReason.PARTICIPANT_REMOVED:
      return "removed";
    case DisconnectReason.CLIENT_INITIATED:
      return "left";
    default:
      return "lost";
  }
}
