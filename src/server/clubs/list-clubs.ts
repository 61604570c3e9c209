import "server-only";
import { db } from "@/server/db";

export type ListClubsOptions = { viewerId: string };

/** Every club with its size and the viewer's standing, biggest first. */
export async function listClubs({ viewerId }: ListClubsOptions) {
  const clubs = await db.club.findMany({
    orderBy: { members: { _count: "desc" } },
    take: 200,
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      topics: true,
      visibility: true,
      _count: { select: { members: { where: { status: "ACTIVE" } } } },
      members: { where: { userId: viewerId }, select: { status: true, role: true } },
    },
  });
  return clubs.map(({ _count, members, ...club }) => ({
    ...club,
    memberCount: _count.members,
    membership: members[0]?.status ?? null,
  }));
}
