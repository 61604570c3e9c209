import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type FollowUserOptions = { actorId: string; username: string };

/** The actor follows the member; following someone already followed changes nothing. */
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
  // ON CONFLICT DO NOTHING: a double click or two tabs cannot fail or duplicate the follow.
  await db.follow.createMany({
    data: [{ followerId: actorId, followeeId: target.id }],
    skipDuplicates: true,
  });
}
