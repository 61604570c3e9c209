import "server-only";
import { db } from "@/server/db";
import {
  FOLLOW_LIST_LIMIT,
  personSelect,
  type Person,
} from "@/server/follows/follow-person-select";

export type ListFollowingOptions = { userId: string };

/** The people a member follows, newest first, leaving out disabled accounts. */
export async function listFollowing({ userId }: ListFollowingOptions): Promise<Person[]> {
  const rows = await db.follow.findMany({
    where: { followerId: userId, followee: { disabledAt: null } },
    orderBy: { createdAt: "desc" },
    take: FOLLOW_LIST_LIMIT,
    select: { followee: { select: personSelect } },
  });
  return rows.map((row) => row.followee);
}
