import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { endCalls } from "@/server/match/end-calls";
import { passOnBlocked } from "@/server/match/pass-on-blocked";
import { disconnectFromLiveRooms } from "@/server/presence/disconnect-from-live-rooms";

export type BlockUserOptions = { actorId: string; username: string };

/**
 * The actor blocks the member: neither follows the other any more, and they are hidden from each
 * other (search, voice match). At once, a voice-match call between the two ends (a Pass from the
 * blocker), and the member is taken out of the live rooms the actor hosts or moderates, which the
 * join then keeps them out of. Blocking twice changes nothing.
 */
export async function blockUser({ actorId, username }: BlockUserOptions): Promise<void> {
  const target = await db.user.findFirst({ where: { username }, select: { id: true } });
  if (!target) throw new AppError("NOT_FOUND", { key: "memberNotFound" });
  if (target.id === actorId) throw new AppError("BAD_REQUEST", { key: "cantBlockSelf" });
  await db.$transaction([
    db.block.createMany({
      data: [{ blockerId: actorId, blockedId: target.id }],
      skipDuplicates: true,
    }),
    db.follow.deleteMany({
      where: {
        OR: [
          { followerId: actorId, followeeId: target.id },
          { followerId: target.id, followeeId: actorId },
        ],
      },
    }),
  ]);
  await Promise.all([
    endCalls({ userId: actorId, otherId: target.id, endedById: actorId }),
    passOnBlocked({ blockerId: actorId, blockedId: target.id }),
    disconnectFromLiveRooms({ userId: target.id, rooms: roomsModeratedBy(actorId) }),
  ]);
}

// The same people whose block keeps someone out of a room on joining (src/server/live/join-room.ts).
function roomsModeratedBy(userId: string): Prisma.RoomWhereInput {
  return {
    OR: [
      { createdById: userId },
      {
        participants: {
          some: { userId, role: { in: ["HOST", "MODERATOR"] }, bannedAt: null },
        },
      },
    ],
  };
}
