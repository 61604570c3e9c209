"use client";

import { RoomAudioRenderer, RoomContext } from "@livekit/components-react";
import type { Room } from "livekit-client";

/**
 * What plays while the tab is in a one-to-one call: the other person's voice, as a room's audio
 * plays. No mini-player: a call lives on its own page (leaving the page leaves the call).
 */
export function CallDock({ livekitRoom }: { livekitRoom: Room }) {
  return (
    <RoomContext value={livekitRoom}>
      <RoomAudioRenderer />
    </RoomContext>
  );
}
