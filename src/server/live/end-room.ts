import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { roomService } from "@/server/livekit/room-service";
import { roomsVisibleTo } from "@/server/rooms/room-access";

export type EndRoomOptions = { roomId: string; actorId: string };

/**
 * The host ends the room for everyone: Postgres first (ended, nobody present, audited), then
 * LiveKit deletes the room, which disconnects every client with the reason "room deleted".
 * Ending an ended room again is a no-op, so a retried click is harmless.
 */
export async function endRoom({ roomId, actorId }: EndRoomOptions): Promise<void> {
  const room = await db.room.findFirst({
    where: { id: roomId, AND: [roomsVisibleTo(actorId)] },
    select: { status: true, participants: { where: { userId: actorId }, select: { role: true } } },
  });
  if (!room) {
    throw new AppError("NOT_FOUND", {
      message: `end refused: room ${roomId} not visible to ${actorId}`,
      key: "roomNotAccessible",
    });
  }
  if (room.participants[0]?.role !== "HOST") {
    throw new AppError("FORBIDDEN", {
      message: `end refused: ${actorId} is not the host of ${roomId}`,
      key: "hostOnlyEnd",
    });
  }

  const now = new Date();
  await db.$transaction(async (tx) => {
    const ended = await tx.room.updateMany({
      where: { id: roomId, status: "LIVE" },
      data: { status: "ENDED", endedAt: now, listenerCount: 0, speakerCount: 0 },
    });
    if (ended.count === 0) return;
    await tx.roomParticipant.updateMany({
      where: { roomId, leftAt: null },
      data: { leftAt: now, handRaisedAt: null },
    });
    await tx.moderationEvent.create({ data: { roomId, actorId, action: "END_ROOM" } });
    // The chat was for the people in the room: it goes with it (replays keep audio only).
    await tx.roomChatMessage.deleteMany({ where: { roomId } });
  });

  await roomService()
    .deleteRoom(roomId)
    .catch((error: unknown) => {
      if (!isLivekitNotFound(error)) throw error;
    });
}
