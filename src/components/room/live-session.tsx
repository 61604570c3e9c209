"use client";

import { RoomContext } from "@livekit/components-react";
import type { Room } from "livekit-client";
import type { RoomView } from "@/server/live/find-room-view";
import { LiveRoom } from "./live-room";

type LiveSessionProps = {
  livekitRoom: Room;
  room: RoomView;
  shareUrl: string;
  onLeave: () => void;
};

/**
 * The whole room on its own page, over the tab's one connection (owned by LiveSessionProvider, so
 * it outlives this page). Loaded on demand with LiveKit's client.
 */
export function LiveSession({ livekitRoom, room, shareUrl, onLeave }: LiveSessionProps) {
  return (
    <RoomContext value={livekitRoom}>
      <LiveRoom room={room} shareUrl={shareUrl} onLeave={onLeave} />
    </RoomContext>
  );
}
