import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { replayStorage, storageKeys } from "@/server/replays/replay-storage";
import { roomsVisibleTo } from "@/server/rooms/room-access";

export type DeleteReplayOptions = { roomId: string; actorId: string };

/**
 * The host deletes a replay and every file behind it (the mix and each speaker's track). The row
 * stays as DELETED, so a job still mixing it drops its output instead of publishing it.
 */
export async function deleteReplay({ roomId, actorId }: DeleteReplayOptions): Promise<void> {
  const room = await db.room.findFirst({
    where: { id: roomId, AND: [roomsVisibleTo(actorId)], replay: { status: { not: "DELETED" } } },
    select: { createdById: true, recordings: { select: { storageKey: true } } },
  });
  if (!room) {
    throw new AppError("NOT_FOUND", {
      message: `delete replay refused: no replay of ${roomId} visible to ${actorId}`,
      key: "replayNotAccessible",
    });
  }
  if (room.createdById !== actorId) {
    throw new AppError("FORBIDDEN", {
      message: `delete replay refused: ${actorId} is not the host of ${roomId}`,
      key: "hostOnlyDeleteReplay",
    });
  }
  await db.replay.update({
    where: { roomId },
    data: { status: "DELETED", storageKey: null, timeline: [], lockedUntil: null },
  });
  await replayStorage().remove([
    storageKeys.replay(roomId),
    ...room.recordings.map((recording) => recording.storageKey),
  ]);
  await db.trackRecording.deleteMany({ where: { roomId } });
}
