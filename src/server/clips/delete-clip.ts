import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { replayStorage } from "@/server/replays/replay-storage";
import { notBannedFrom, roomsVisibleTo } from "@/server/rooms/room-access";

export type DeleteClipOptions = { clipId: string; actorId: string };

/**
 * The room's host (any clip of their room) or the clip's maker deletes it. The row goes first, in
 * one conditional statement, so nobody is served a file about to vanish; then the file.
 */
export async function deleteClip({
  clipId,
  actorId,
}: DeleteClipOptions): Promise<{ roomId: string }> {
  const visible = { id: clipId, room: { AND: [roomsVisibleTo(actorId), notBannedFrom(actorId)] } };
  const clip = await db.clip.findFirst({
    where: visible,
    select: { roomId: true, storageKey: true },
  });
  if (!clip) {
    throw new AppError("NOT_FOUND", {
      message: `delete clip refused: ${clipId} not visible to ${actorId}`,
      key: "clipNotAccessible",
    });
  }
  const deleted = await db.clip.deleteMany({
    where: { ...visible, OR: [{ createdById: actorId }, { room: { createdById: actorId } }] },
  });
  if (deleted.count === 0) {
    throw new AppError("FORBIDDEN", {
      message: `delete clip refused: ${actorId} is neither host nor maker of ${clipId}`,
      key: "hostOrMakerDeletesClip",
    });
  }
  await replayStorage().remove([clip.storageKey]);
  return { roomId: clip.roomId };
}
