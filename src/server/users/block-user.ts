import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type BlockUserOptions = { actorId: string; username: string };

/**
 * The actor blocks the member: neither follows the other any more, and they are hidden from each
 * other (search, voice match). Blocking twice changes nothing.
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
}
