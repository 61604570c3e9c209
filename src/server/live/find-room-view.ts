import "server-only";
import type { RoomStatus, RoomTopic } from "@/generated/prisma/client";
import { liveClipsSupported } from "@/server/clips/live-clips-supported";
import { db } from "@/server/db";
import { roomsVisibleTo } from "@/server/rooms/room-access";

export type FindRoomViewOptions = { roomId: string; viewerId: string };

/** What the room page shows before LiveKit connects; live state then comes from LiveKit. */
export type RoomView = {
  id: string;
  title: string;
  description: string;
  topic: RoomTopic;
  club: { name: string; slug: string } | null;
  status: RoomStatus;
  hostName: string;
  isHost: boolean;
  /** Speakers' microphones are being recorded for a replay (chosen when the room started). */
  isRecorded: boolean;
  /** The host allows clips (docs/clips.md); only the host sees the switch. */
  clipsEnabled: boolean;
  /** A listener may clip the last 30 s: recorded, clips on, and track files the app can read. */
  canClipLive: boolean;
  /** Removed by the moderators: the page says so instead of joining. */
  isRemoved: boolean;
  /** A closed room: only the people on stage may ping followers into it (docs/social.md). */
  isClosed: boolean;
};

/** The room as the viewer may see it, or null when it does not exist for them. */
export async function findRoomView({
  roomId,
  viewerId,
}: FindRoomViewOptions): Promise<RoomView | null> {
  const room = await db.room.findFirst({
    where: { id: roomId, AND: [roomsVisibleTo(viewerId)] },
    select: {
      id: true,
      title: true,
      description: true,
      topic: true,
      status: true,
      recordReplay: true,
      clipsEnabled: true,
      visibility: true,
      createdById: true,
      club: { select: { name: true, slug: true } },
      createdBy: { select: { displayName: true } },
      participants: { where: { userId: viewerId }, select: { bannedAt: true } },
    },
  });
  if (!room) return null;
  return {
    id: room.id,
    title: room.title,
    description: room.description,
    topic: room.topic,
    club: room.club,
    status: room.status,
    hostName: room.createdBy.displayName,
    isHost: room.createdById === viewerId,
    isRecorded: room.recordReplay,
    clipsEnabled: room.clipsEnabled,
    canClipLive: room.recordReplay && room.clipsEnabled && liveClipsSupported(),
    isRemoved: room.participants.some((participant) => participant.bannedAt !== null),
    isClosed: room.visibility === "CLOSED",
  };
}
