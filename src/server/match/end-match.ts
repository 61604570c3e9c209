import "server-only";
import type { MatchEnd } from "@/generated/prisma/enums";
import { matchRoomName } from "@/lib/match/match-api";
import { db } from "@/server/db";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { roomService } from "@/server/livekit/room-service";

export type EndMatchOptions = { matchId: string; reason: MatchEnd; endedById: string | null };

/**
 * Ends a call for both at once: marks it ended (only the first end counts) and deletes its LiveKit
 * room, which disconnects both people in one step. Returns whether this call ended it.
 */
export async function endMatch({ matchId, reason, endedById }: EndMatchOptions): Promise<boolean> {
  const ended = await db.match.updateMany({
    where: { id: matchId, endedAt: null },
    data: { endedAt: new Date(), endedReason: reason, endedById },
  });
  try {
    await roomService().deleteRoom(matchRoomName(matchId));
  } catch (error) {
    if (!isLivekitNotFound(error)) throw error;
  }
  return ended.count === 1;
}
