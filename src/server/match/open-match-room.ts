import "server-only";
import { matchRoomName } from "@/lib/match/match-api";
import { roomService } from "@/server/livekit/room-service";

// Nobody stays once both leave; a match room is never crowded.
const EMPTY_TIMEOUT_SECONDS = 30;
const DEPARTURE_TIMEOUT_SECONDS = 10;

/**
 * Creates the private one-to-one LiveKit room of a match (LiveKit never creates rooms on connect
 * here), so the first of the two to connect does not wait for it.
 */
export async function openMatchRoom(matchId: string): Promise<void> {
  await roomService().createRoom({
    name: matchRoomName(matchId),
    emptyTimeout: EMPTY_TIMEOUT_SECONDS,
    departureTimeout: DEPARTURE_TIMEOUT_SECONDS,
    maxParticipants: 2,
  });
}
