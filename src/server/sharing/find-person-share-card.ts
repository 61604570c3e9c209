import "server-only";
import { usernameParamSchema } from "@/lib/validations/users";
import { db } from "@/server/db";
import { genericCard, type ShareCard } from "@/lib/sharing/share-card";

export type FindPersonShareCardOptions = { username: string };

/**
 * A member's share card: name, handle, bio and followers, as on the profile every member sees.
 * Disabled accounts are hidden everywhere, so theirs is generic.
 */
export async function findPersonShareCard({
  username,
}: FindPersonShareCardOptions): Promise<ShareCard> {
  const handle = usernameParamSchema.safeParse(username);
  if (!handle.success) return genericCard("person");
  const user = await db.user.findFirst({
    where: { username: handle.data, disabledAt: null },
    select: {
      username: true,
      displayName: true,
      bio: true,
      _count: { select: { followers: { where: { follower: { disabledAt: null } } } } },
    },
  });
  if (!user) return genericCard("person");
  const { _count, ...rest } = user;
  return { subject: "person", isPublic: true, ...rest, followerCount: _count.followers };
}
