import "server-only";
import { roomService } from "@/server/livekit/room-service";
import {
  DEPARTURE_TIMEOUT_SECONDS,
  EMPTY_TIMEOUT_SECONDS,
  MAX_PARTICIPANTS,
} from "@/server/livekit/room-settings";

export type EnsureLivekitRoomOptions = { roomName: string };

/** Creates the LiveKit room with our timeouts and cap; LiveKit returns the room if it exists. */
export async function ensureLivekitRoom({ roomName }: EnsureLivekitRoomOptions): Promise<void> {
  await roomService().createRoom({
    name: roomName,
    emptyTimeout: EMPTY_TIMEOUT_SECONDS,
    departureTimeout: DEPARTURE_TIMEOUT_SECONDS,
    maxParticipants: MAX_PARTICIPANTS,
  });
}
