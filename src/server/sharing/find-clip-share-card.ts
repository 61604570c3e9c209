import "server-only";
import { clipParamsSchema } from "@/lib/validations/clips";
import { genericCard, type ShareCard } from "@/lib/sharing/share-card";
import { db } from "@/server/db";
import { roomsVisibleTo } from "@/server/rooms/room-access";
import { NOBODY } from "@/server/sharing/find-room-share-card";

export type FindClipShareCardOptions = { clipId: string };

/**
 * A clip's share card as a signed-out visitor may see it: the room's own rule (roomsVisibleTo for
 * nobody admits exactly the open rooms), so a clip of a closed or club room unfurls as generic.
 */
export async function findClipShareCard({ clipId }: FindClipShareCardOptions): Promise<ShareCard> {
  if (!clipParamsSchema.safeParse({ clipId }).success) return genericCard("clip");
  const clip = await db.clip.findFirst({
    where: {
      id: clipId,
      room: { AND: [roomsVisibleTo(NOBODY), { createdBy: { disabledAt: null } }] },
    },
    select: {
      id: true,
      startsAt: true,
      durationMs: true,
      speakerIds: true,
      room: {
        select: { title: true, createdBy: { select: { displayName: true, username: true } } },
      },
    },
  });
  if (!clip) return genericCard("clip");
  const people = await db.user.findMany({
    where: { id: { in: clip.speakerIds }, deletedAt: null, disabledAt: null },
    select: { id: true, displayName: true },
  });
  const names = new Map(people.map((person) => [person.id, person.displayName]));
  return {
    subject: "clip",
    isPublic: true,
    id: clip.id,
    title: clip.room.title,
    host: clip.room.createdBy,
    speakers: clip.speakerIds.flatMap((id) => names.get(id) ?? []),
    startsAt: clip.startsAt,
    durationMs: clip.durationMs,
  };
}
