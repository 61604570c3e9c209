import "server-only";
import { createClubSchema } from "@/lib/validations/clubs";
import { db } from "@/server/db";
import { genericCard, type ShareCard } from "@/lib/sharing/share-card";

export type FindClubShareCardOptions = { slug: string };

const slugSchema = createClubSchema.shape.slug;

/** A club's share card: open clubs show themselves; a private club's card names nothing. */
export async function findClubShareCard({ slug }: FindClubShareCardOptions): Promise<ShareCard> {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return genericCard("club");
  const club = await db.club.findFirst({
    where: { slug: parsed.data, visibility: "OPEN" },
    select: {
      slug: true,
      name: true,
      description: true,
      topics: true,
      _count: {
        select: { members: { where: { status: "ACTIVE", user: { disabledAt: null } } } },
      },
    },
  });
  if (!club) return genericCard("club");
  const { _count, ...rest } = club;
  return { subject: "club", isPublic: true, ...rest, memberCount: _count.members };
}
