import "server-only";
import { db } from "@/server/db";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { roomService } from "@/server/livekit/room-service";

export type EjectBannedParticipantOptions = { roomId: string; userId: string };

/**
 * Disconnects someone who is in the LiveKit room although they were removed from it. Joining
 * refuses a banned member a new token, but a join token stays valid for its TTL and
 * livekit-server 1.13 has no token revocation, so a removed member replaying their old token gets
 * back in; the presence webhook (participant_joined) and reconciliation call this to close that.
 * Returns whether they were banned (and so ejected).
 */
export async function ejectBannedParticipant({
  roomId,
  userId,
}: EjectBannedParticipantOptions): Promise<boolean> {
  const ban = await db.roomParticipant.findFirst({
    where: { roomId, userId, bannedAt: { not: null } },
    select: { bannedAt: true },
  });
  if (!ban) return false;
  try {
    await roomService().removeParticipant(roomId, userId);
  } catch (error) {
    if (!isLivekitNotFound(error)) throw error;
  }
  return true;
}
