import "server-only";
import { db } from "@/server/db";
import {
  FOLLOW_LIST_LIMIT,
  personSelect,
  type Person,
} from "@/server/follows/follow-person-select";

export type ListFollowersOptions = { userId: string };

/** The people following a member, newest first, leaving out disabled accounts. */
export async function listFollowers({ userId }: ListFollowersOptions): Promise<Person[]> {
  const rows = await db.follow.findMany({
    where: { followeeId: userId, follower: { disabledAt: null } },
    orderBy: { createdAt: "desc" },
    take: FOLLOW_LIST_LIMIT,
    select: { follower: { select: personSelect } },
  });
  return rows.map((row) => row.follower);
}
