import "server-only";
import type { ReplayStatus } from "@/generated/prisma/client";
import { parseTimeline } from "@/lib/replays/replay-timeline";
import type { TimelineSegment } from "@/lib/replays/speaker-timeline";
import { db } from "@/server/db";
import { notBannedFrom, roomsVisibleTo } from "@/server/rooms/room-access";

export type FindReplayOptions = { roomId: string; viewerId: string };

export type ReplaySpeaker = { id: string; username: string; displayName: string };

export type ReplayView = {
  roomId: string;
  title: string;
  club: { slug: string; name: string } | null;
  status: ReplayStatus;
  durationMs: number | null;
  timeline: TimelineSegment[];
  /** Everyone heard in the replay, in order of first speaking. */
  speakers: ReplaySpeaker[];
  host: ReplaySpeaker;
  endedAt: Date | null;
  isHost: boolean;
  /** The host allows clips of this room (docs/clips.md). */
  clipsEnabled: boolean;
};

/**
 * A room's replay as the viewer may see it: null when there is none (not recorded, deleted) or the
 * viewer could not have entered the room, which the caller answers with 404 alike.
 */
export async function findReplay({
  roomId,
  viewerId,
}: FindReplayOptions): Promise<ReplayView | null> {
  const room = await db.room.findFirst({
    where: { id: roomId, AND: [roomsVisibleTo(viewerId), notBannedFrom(viewerId)] },
    select: {
      id: true,
      title: true,
      createdById: true,
      endedAt: true,
      clipsEnabled: true,
      createdBy: { select: { id: true, username: true, displayName: true } },
      club: { select: { slug: true, name: true } },
      replay: { select: { status: true, durationMs: true, timeline: true } },
    },
  });
  if (!room?.replay || room.replay.status === "DELETED") return null;
  const timeline = parseTimeline(room.replay.timeline);
  const speakerIds = [...new Set(timeline.map((segment) => segment.userId))];
  const people = await db.user.findMany({
    where: { id: { in: speakerIds } },
    select: { id: true, username: true, displayName: true },
  });
  const byId = new Map(people.map((person) => [person.id, person]));
  const speakers = speakerIds.flatMap((id) => byId.get(id) ?? []);
  return {
    roomId: room.id,
    title: room.title,
    club: room.club,
    status: room.replay.status,
    durationMs: room.replay.durationMs,
    timeline,
    speakers,
    host: room.createdBy,
    endedAt: room.endedAt,
    isHost: room.createdById === viewerId,
    clipsEnabled: room.clipsEnabled,
  };
}
