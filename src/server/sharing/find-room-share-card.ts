import "server-only";
import { roomParamsSchema } from "@/lib/live/room-api";
import { db } from "@/server/db";
import { roomsVisibleTo } from "@/server/rooms/room-access";
import { genericCard, type ShareCard } from "@/lib/sharing/share-card";

export type FindRoomShareCardOptions = { roomId: string };

// Nobody's id: roomsVisibleTo for a viewer who is in no club, hosts nothing and was added to no
// room admits exactly the open rooms, so the card follows the one visibility rule of the app.
export const NOBODY = "00000000-0000-0000-0000-000000000000";

/** A room's (or event's) share card as a signed-out visitor may see it; generic unless it is open. */
export async function findRoomShareCard({ roomId }: FindRoomShareCardOptions): Promise<ShareCard> {
  if (!roomParamsSchema.safeParse({ roomId }).success) return genericCard("room");
  const room = await db.room.findFirst({
    // A disabled member is hidden everywhere, and so is what they host.
    where: { id: roomId, AND: [roomsVisibleTo(NOBODY), { createdBy: { disabledAt: null } }] },
    select: {
      id: true,
      title: true,
      description: true,
      topic: true,
      status: true,
      scheduledFor: true,
      speakerCount: true,
      listenerCount: true,
      createdBy: { select: { displayName: true, username: true } },
      club: { select: { name: true, visibility: true } },
    },
  });
  if (!room) return genericCard("room");
  const { createdBy, club, ...rest } = room;
  return {
    subject: "room",
    isPublic: true,
    ...rest,
    host: createdBy,
    clubName: club?.visibility === "OPEN" ? club.name : null,
  };
}
