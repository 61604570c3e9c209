import "server-only";
import type { UpdateProfileInput } from "@/lib/validations/users";
import { db } from "@/server/db";

export type UpdateProfileOptions = { actorId: string; input: UpdateProfileInput };

export type UpdatedProfile = { username: string; displayName: string };

/** The actor edits their own display name, bio, topics of interest and profile links. */
export async function updateProfile({
  actorId,
  input,
}: UpdateProfileOptions): Promise<UpdatedProfile> {
  return db.user.update({
    where: { id: actorId, disabledAt: null },
    data: {
      displayName: input.displayName,
      bio: input.bio,
      topics: input.topics,
      links: input.links,
    },
    select: { username: true, displayName: true },
  });
}
