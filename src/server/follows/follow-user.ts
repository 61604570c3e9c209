import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { announceNotifications } from "@/server/notifications/announce-notifications";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";

export type FollowUserOptions = { actorId: string; username: string };

/** Follows a member may start in an hour: generous for onboarding, useless for spamming. */
export const FOLLOWS_PER_HOUR = 60;

// Following, unfollowing and following again tells the person once a day, not once a click.
const FOLLOW_NOTICE_EVERY_MS = 24 * 60 * 60 * 1000;

/** Members the actor may follow: active, and no block between them either way. */
export function followableBy(actorId: string): Prisma.UserWhereInput {
  return {
    disabledAt: null,
    blocksMade: { none: { blockedId: actorId } },
    blockedBy: { none: { blockerId: actorId } },
  };
}

/**
 * The actor follows the member, who is told; following someone already followed changes nothing.
 * A block either way makes the member "not found" to the actor, as their profile is.
 */
export async function followUser({ actorId, username }: FollowUserOptions): Promise<void> {
  const target = await db.user.findFirst({
    where: { username, ...followableBy(actorId) },
    select: { id: true },
  });
  if (!target) {
    throw new AppError("NOT_FOUND", { key: "memberNotFound" });
  }
  if (target.id === actorId) {
    throw new AppError("BAD_REQUEST", { key: "cantFollowSelf" });
  }
  await consumeRateLimit({
    key: `follow:${actorId}`,
    limit: FOLLOWS_PER_HOUR,
    windowMs: 60 * 60 * 1000,
    messageKey: "followsTooFast",
  });
  // ON CONFLICT DO NOTHING: a double click or two tabs cannot fail or duplicate the follow, and
  // only the follow that was new tells the person followed. The insert re-checks the block in the
  // same statement, so a block that committed after the lookup above still wins.
  await db.$transaction(async (tx) => {
    const created = await tx.$executeRaw`
      INSERT INTO "Follow" ("followerId", "followeeId")
      SELECT ${actorId}::uuid, ${target.id}::uuid
      WHERE NOT EXISTS (
        SELECT 1 FROM "Block"
        WHERE ("blockerId" = ${actorId}::uuid AND "blockedId" = ${target.id}::uuid)
           OR ("blockerId" = ${target.id}::uuid AND "blockedId" = ${actorId}::uuid))
      ON CONFLICT DO NOTHING`;
    if (created === 0) return;
    const toldRecently = await tx.notification.findFirst({
      where: {
        userId: target.id,
        kind: "NEW_FOLLOWER",
        actorId,
        createdAt: { gt: new Date(Date.now() - FOLLOW_NOTICE_EVERY_MS) },
      },
      select: { id: true },
    });
    if (toldRecently) return;
    const notice = await tx.notification.create({
      data: { userId: target.id, kind: "NEW_FOLLOWER", actorId },
      select: { id: true },
    });
    await announceNotifications(tx, [notice.id]);
  });
}
