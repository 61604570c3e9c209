import "server-only";
import { db } from "@/server/db";
import { isMissed } from "@/server/rooms/missed";
import { notBannedFrom, roomsVisibleTo } from "@/server/rooms/room-access";

export type GetEventOptions = { viewerId: string; roomId: string };

/** A room's event page data, or null when the viewer may not see it. */
export async function getEvent({ viewerId, roomId }: GetEventOptions) {
  const room = await db.room.findFirst({
    where: { id: roomId, AND: [roomsVisibleTo(viewerId), notBannedFrom(viewerId)] },
    select: {
      id: true,
      title: true,
      description: true,
      topic: true,
      visibility: true,
      status: true,
      scheduledFor: true,
      handRaisingOn: true,
      speakerLimit: true,
      createdById: true,
      club: { select: { name: true, slug: true } },
      createdBy: { select: { username: true, displayName: true } },
      invites: { select: { user: { select: { username: true, displayName: true } } } },
      guests: {
        orderBy: { createdAt: "asc" },
        select: {
          userId: true,
          role: true,
          user: { select: { username: true, displayName: true } },
        },
      },
      rsvps: { where: { userId: viewerId }, select: { userId: true } },
      _count: { select: { rsvps: true } },
    },
  });
  if (!room) return null;
  const isHost = room.createdById === viewerId;
  const { rsvps, _count, guests, ...rest } = room;
  const named = (role: "MODERATOR" | "SPEAKER") =>
    guests.filter((guest) => guest.role === role).map((guest) => guest.user);
  return {
    ...rest,
    cohosts: named("MODERATOR"),
    speakers: named("SPEAKER"),
    // Co-hosts may start the room too (src/server/rooms/start-scheduled-room.ts).
    isCohost: guests.some((guest) => guest.userId === viewerId && guest.role === "MODERATOR"),
    viewerRsvped: rsvps.length > 0,
    rsvpCount: _count.rsvps,
    invites: isHost ? room.invites.map((invite) => invite.user) : [],
    isHost,
    isMissed: room.status === "SCHEDULED" && isMissed(room.scheduledFor),
  };
}

export type EventPage = NonNullable<Awaited<ReturnType<typeof getEvent>>>;
