import "server-only";
import { db } from "@/server/db";
import { photoVersionSelect } from "@/server/photos/photo-select";
import { missedCutoff } from "@/server/rooms/missed";
import { notBannedFrom, roomsVisibleTo } from "@/server/rooms/room-access";

export type GetClubPageOptions = { viewerId: string; slug: string };

const roomSelect = {
  id: true,
  title: true,
  topic: true,
  status: true,
  scheduledFor: true,
  startedAt: true,
  listenerCount: true,
  speakerCount: true,
} as const;

/** Everything the club page shows, or null for an unknown slug. Rooms are filtered for the viewer. */
export async function getClubPage({ viewerId, slug }: GetClubPageOptions) {
  const club = await db.club.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      topics: true,
      visibility: true,
      members: {
        orderBy: [{ role: "asc" }, { joinedAt: "asc" }],
        select: {
          role: true,
          status: true,
          user: { select: { id: true, username: true, displayName: true, ...photoVersionSelect } },
        },
      },
    },
  });
  if (!club) return null;

  const visibleRooms = {
    clubId: club.id,
    AND: [roomsVisibleTo(viewerId), notBannedFrom(viewerId)],
  };
  const [live, upcoming] = await Promise.all([
    db.room.findMany({
      where: { ...visibleRooms, status: "LIVE" },
      orderBy: { listenerCount: "desc" },
      select: roomSelect,
    }),
    db.room.findMany({
      where: { ...visibleRooms, status: "SCHEDULED", scheduledFor: { gt: missedCutoff() } },
      orderBy: { scheduledFor: "asc" },
      select: roomSelect,
    }),
  ]);

  const mine = club.members.find((member) => member.user.id === viewerId);
  const members = club.members.filter((member) => member.status === "ACTIVE");
  const isAdmin = mine?.role === "ADMIN" && mine.status === "ACTIVE";
  return {
    ...club,
    members,
    pending: isAdmin ? club.members.filter((member) => member.status === "PENDING") : [],
    viewer: { membership: mine?.status ?? null, isAdmin },
    live,
    upcoming,
  };
}

export type ClubPage = NonNullable<Awaited<ReturnType<typeof getClubPage>>>;
