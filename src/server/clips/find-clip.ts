import "server-only";
import type { ClipSource } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { notBannedFrom, roomsVisibleTo } from "@/server/rooms/room-access";

export type FindClipOptions = { clipId: string; viewerId: string };

export type ClipPerson = { id: string; username: string; displayName: string };

/** What a clip's page shows. */
export type ClipView = {
  id: string;
  roomId: string;
  title: string;
  club: { slug: string; name: string } | null;
  host: ClipPerson;
  /** Who is heard in it, in order of first speaking. */
  speakers: ClipPerson[];
  source: ClipSource;
  startsAt: Date;
  durationMs: number;
  /** The host (any clip of their room) or whoever made it. */
  canDelete: boolean;
};

/**
 * A clip as the viewer may see it: null when it does not exist or the viewer may not enter its
 * room (the room-access policy, as for the room itself), which the caller answers with 404 alike.
 */
export async function findClip({ clipId, viewerId }: FindClipOptions): Promise<ClipView | null> {
  const clip = await db.clip.findFirst({
    where: { id: clipId, room: { AND: [roomsVisibleTo(viewerId), notBannedFrom(viewerId)] } },
    select: {
      id: true,
      roomId: true,
      createdById: true,
      source: true,
      startsAt: true,
      durationMs: true,
      speakerIds: true,
      room: {
        select: {
          title: true,
          createdBy: { select: { id: true, username: true, displayName: true } },
          club: { select: { slug: true, name: true } },
        },
      },
    },
  });
  if (!clip) return null;
  const people = await db.user.findMany({
    where: { id: { in: clip.speakerIds }, deletedAt: null },
    select: { id: true, username: true, displayName: true },
  });
  const byId = new Map(people.map((person) => [person.id, person]));
  const host = clip.room.createdBy;
  return {
    id: clip.id,
    roomId: clip.roomId,
    title: clip.room.title,
    club: clip.room.club,
    host,
    speakers: clip.speakerIds.flatMap((id) => byId.get(id) ?? []),
    source: clip.source,
    startsAt: clip.startsAt,
    durationMs: clip.durationMs,
    canDelete: host.id === viewerId || clip.createdById === viewerId,
  };
}
