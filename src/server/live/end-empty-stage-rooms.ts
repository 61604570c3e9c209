import "server-only";
import { STAGE_GRACE_MS } from "@/lib/live/stage-grace";
import { db } from "@/server/db";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { roomService } from "@/server/livekit/room-service";

/**
 * A live room whose stage has stayed empty this long is over: nobody is left to talk. The same
 * grace a dropped host gets to come back (docs/live-room.md, "When someone on stage drops").
 */
export const EMPTY_STAGE_END_MS = STAGE_GRACE_MS;

export type EndEmptyStageRoomsOptions = { now?: Date };

/**
 * Ends every live room whose stage has been empty (stageEmptySince, kept by recountPresence) for
 * EMPTY_STAGE_END_MS, as the host's End would: ended, everyone out, the chat gone, logged as the
 * room's creator ending it. Each room is ended by one conditional update, so a sweep racing a
 * speaker's return does nothing once the stage is filled again. Returns the rooms ended.
 */
export async function endEmptyStageRooms({
  now = new Date(),
}: EndEmptyStageRoomsOptions = {}): Promise<string[]> {
  const cutoff = new Date(now.getTime() - EMPTY_STAGE_END_MS);
  const due = await db.room.findMany({
    where: { status: "LIVE", stageEmptySince: { lte: cutoff } },
    select: { id: true, createdById: true },
  });
  const ended: string[] = [];
  for (const room of due) {
    const done = await db.$transaction(async (tx) => {
      const updated = await tx.room.updateMany({
        where: { id: room.id, status: "LIVE", stageEmptySince: { lte: cutoff } },
        data: { status: "ENDED", endedAt: now, listenerCount: 0, speakerCount: 0 },
      });
      if (updated.count === 0) return false;
      await tx.roomParticipant.updateMany({
        where: { roomId: room.id, leftAt: null },
        data: { leftAt: now, handRaisedAt: null },
      });
      await tx.moderationEvent.create({
        data: { roomId: room.id, actorId: room.createdById, action: "END_ROOM" },
      });
      await tx.roomChatMessage.deleteMany({ where: { roomId: room.id } });
      return true;
    });
    if (!done) continue;
    ended.push(room.id);
    await roomService()
      .deleteRoom(room.id)
      .catch((error: unknown) => {
        if (!isLivekitNotFound(error)) throw error;
      });
  }
  return ended;
}
