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
      rsvps: { where: { userId: viewerId }, select: { userId: true } },
      _count: { select: { rsvps: true } },
    },
  });
  if (!room) return null;
  const isHost = room.createdById === viewerId;
  const { rsvps, _count, ...rest } = room;
  return {
    ...rest,
    viewerRsvped: rsvps.length > 0,
    rsvpCount: _count.rsvps,
    invites: isHost ? room.invites.map((invite) => invite.user) : [],
    isHost,
    isMissed: room.status === "SCHEDULED" && isMissed(room.scheduledFor),
  };
}

export type EventPage = NonNullable<Awaited<ReturnType<typeof getEvent>>>;
