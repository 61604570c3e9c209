"use client";

import { RoomContext } from "@livekit/components-react";
import type { Room } from "livekit-client";
import type { RoomView } from "@/server/live/find-room-view";
import { LiveRoom } from "./live-room";
import type { RoomExpectation } from "./people-frame";

type LiveSessionProps = {
  livekitRoom: Room;
  room: RoomView;
  shareUrl: string;
  expected: RoomExpectation;
  onLeave: () => void;
};

/**
 * The whole room on its own page, over the tab's one connection (owned by LiveSessionProvider, so
 * it outlives this page). Loaded on demand with LiveKit's client.
 */
export function LiveSession({ livekitRoom, room, shareUrl, expected, onLeave }: LiveSessionProps) {
  return (
    <RoomContext value={livekitRoom}>
      <LiveRoom room={room} shareUrl={shareUrl} expected={expected} onLeave={onLeave} />
    </RoomContext>
  );
}
