import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { announceNotifications } from "@/server/notifications/announce-notifications";

export type FollowUserOptions = { actorId: string; username: string };

/**
 * The actor follows the member, who is told; following someone already followed changes nothing.
 */
export async function followUser({ actorId, username }: FollowUserOptions): Promise<void> {
  const target = await db.user.findFirst({
    where: { username, disabledAt: null },
    select: { id: true },
  });
  if (!target) {
    throw new AppError("NOT_FOUND", { key: "memberNotFound" });
  }
  if (target.id === actorId) {
    throw new AppError("BAD_REQUEST", { key: "cantFollowSelf" });
  }
  // ON CONFLICT DO NOTHING: a double click or two tabs cannot fail or duplicate the follow, and
  // only the follow that was new tells the person followed.
  await db.$transaction(async (tx) => {
    const created = await tx.follow.createMany({
      data: [{ followerId: actorId, followeeId: target.id }],
      skipDuplicates: true,
    });
    if (created.count === 0) return;
    const notice = await tx.notification.create({
      data: { userId: target.id, kind: "NEW_FOLLOWER", actorId },
      select: { id: true },
    });
    await announceNotifications(tx, [notice.id]);
  });
}
