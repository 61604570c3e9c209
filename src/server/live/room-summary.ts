import "server-only";
import { db } from "@/server/db";

export type RoomSummaryOptions = { roomId: string; viewerId: string };

export type RoomSummary = {
  durationMs: number;
  peakListeners: number;
  speakers: number;
  newFollowers: number;
  handsRaised: number;
};

// Events that show someone was on stage at some point, though they ended the room elsewhere.
const STAGE_ACTOR_EVENTS = ["LEAVE_STAGE", "SPEAK_INVITE_ACCEPTED", "HAND_OVER_HOST"] as const;
const STAGE_TARGET_EVENTS = ["MOVE_TO_AUDIENCE", "MAKE_MODERATOR", "HAND_OVER_HOST"] as const;

/**
 * What an ended room came to, for its host only (the one who held it at the end, or its
 * creator): null for anyone else and for a room that has not ended, so the page shows nothing.
 */
export async function roomSummary({
  roomId,
  viewerId,
}: RoomSummaryOptions): Promise<RoomSummary | null> {
  const room = await db.room.findUnique({
    where: { id: roomId },
    select: {
      status: true,
      startedAt: true,
      endedAt: true,
      createdById: true,
      peakListeners: true,
      handsRaised: true,
      participants: {
        where: { role: { in: ["HOST", "MODERATOR", "SPEAKER"] } },
        select: { userId: true, role: true },
      },
    },
  });
  if (!room || room.status !== "ENDED" || !room.startedAt || !room.endedAt) return null;
  const host = room.participants.find((p) => p.role === "HOST")?.userId ?? room.createdById;
  if (viewerId !== host && viewerId !== room.createdById) return null;

  const [events, newFollowers] = await Promise.all([
    db.moderationEvent.findMany({
      where: {
        roomId,
        action: { in: [...STAGE_ACTOR_EVENTS, ...STAGE_TARGET_EVENTS] },
      },
      select: { action: true, actorId: true, targetId: true },
    }),
    db.follow.count({
      where: { followeeId: viewerId, createdAt: { gte: room.startedAt, lte: room.endedAt } },
    }),
  ]);
  const onStage = new Set(room.participants.map((p) => p.userId));
  for (const event of events) {
    if ((STAGE_ACTOR_EVENTS as readonly string[]).includes(event.action))
      onStage.add(event.actorId);
    if (event.targetId && (STAGE_TARGET_EVENTS as readonly string[]).includes(event.action)) {
      onStage.add(event.targetId);
    }
  }
  return {
    durationMs: room.endedAt.getTime() - room.startedAt.getTime(),
    peakListeners: room.peakListeners,
    speakers: onStage.size,
    newFollowers,
    handsRaised: room.handsRaised,
  };
}
