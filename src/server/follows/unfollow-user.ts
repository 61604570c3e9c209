import "server-only";
import { db } from "@/server/db";

export type UnfollowUserOptions = { actorId: string; username: string };

/** The actor stops following the member; unfollowing someone not followed changes nothing. */
export async function unfollowUser({ actorId, username }: UnfollowUserOptions): Promise<void> {
  await db.follow.deleteMany({ where: { followerId: actorId, followee: { username } } });
}
