"use client";

import { RoomAudioRenderer, RoomContext } from "@livekit/components-react";
import type { Room } from "livekit-client";
import { usePathname } from "next/navigation";
import type { LiveSession } from "./live-session-provider";
import { MiniPlayer } from "./mini-player";
import { SpatialStage } from "./spatial-stage";
import { StageBeat } from "./stage-beat";

type LiveDockProps = { session: LiveSession; livekitRoom: Room };

/**
 * What plays on every page while the tab is in a room: the room's audio (placed around the listener
 * when they chose spatial audio), and away from the room's
 * own page, the mini-player. Loaded with LiveKit's client, only once someone joins.
 */
export function LiveDock({ session, livekitRoom }: LiveDockProps) {
  const pathname = usePathname();
  const onRoomPage = pathname === `/rooms/${session.room.id}`;
  // Joined from a link on this page: the room's own page is about to replace it.
  const roomPageComing = session.linkedFrom === pathname;
  return (
    <RoomContext value={livekitRoom}>
      <RoomAudioRenderer />
      <SpatialStage />
      <StageBeat roomId={session.room.id} />
      {!onRoomPage && !roomPageComing && (
        <>
          {/* Room at the end of the page, so the fixed bar never covers the page's last lines. */}
          <div aria-hidden="true" className="h-28 sm:h-20" />
          <MiniPlayer room={session.room} />
        </>
      )}
    </RoomContext>
  );
}
