import "server-only";
import { encodeRoomMetadata } from "@/lib/live/room-metadata";
import { db } from "@/server/db";
import { loadRoomMetadata } from "@/server/livekit/push-room-metadata";
import { roomService } from "@/server/livekit/room-service";
import {
  DEPARTURE_TIMEOUT_SECONDS,
  EMPTY_TIMEOUT_SECONDS,
  MAX_PARTICIPANTS,
} from "@/server/livekit/room-settings";

export type EnsureLivekitRoomOptions = { roomName: string; handRaisingOn: boolean };

/** Creates the LiveKit room with our timeouts and cap; LiveKit returns the room if it exists. */
export async function ensureLivekitRoom({
  roomName,
  handRaisingOn,
}: EnsureLivekitRoomOptions): Promise<void> {
  // Read here, on the first join only, so the join's one-statement decision stays as it is. The
  // stage is in it: clients hear only the people it lists.
  const stored = await loadRoomMetadata(db, roomName);
  await roomService().createRoom({
    name: roomName,
    // Clients read room settings and the stage from metadata; later changes go through
    // pushRoomMetadata.
    metadata: encodeRoomMetadata(stored ?? { handRaisingOn, musicMode: false, stage: [] }),
    emptyTimeout: EMPTY_TIMEOUT_SECONDS,
    departureTimeout: DEPARTURE_TIMEOUT_SECONDS,
    maxParticipants: MAX_PARTICIPANTS,
  });
}
