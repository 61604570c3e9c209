import "server-only";
import { encodeRoomMetadata } from "@/lib/live/room-metadata";
import { db } from "@/server/db";
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
  // Read here, on the first join only, so the join's one-statement decision stays as it is.
  const stored = await db.room.findUnique({ where: { id: roomName }, select: { musicMode: true } });
  const musicMode = stored?.musicMode ?? false;
  await roomService().createRoom({
    name: roomName,
    // Clients read room settings from metadata; later changes go through updateRoomMetadata.
    metadata: encodeRoomMetadata({ handRaisingOn, musicMode }),
    emptyTimeout: EMPTY_TIMEOUT_SECONDS,
    departureTimeout: DEPARTURE_TIMEOUT_SECONDS,
    maxParticipants: MAX_PARTICIPANTS,
  });
}
