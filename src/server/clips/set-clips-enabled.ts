import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { notBannedFrom, roomsVisibleTo } from "@/server/rooms/room-access";

export type SetClipsEnabledOptions = { roomId: string; actorId: string; enabled: boolean };

/** The host turns clips of their room on or off; clips already made stay until deleted. */
export async function setClipsEnabled({
  roomId,
  actorId,
  enabled,
}: SetClipsEnabledOptions): Promise<{ enabled: boolean }> {
  const room = await db.room.findFirst({
    where: { id: roomId, AND: [roomsVisibleTo(actorId), notBannedFrom(actorId)] },
    select: { createdById: true },
  });
  if (!room) {
    throw new AppError("NOT_FOUND", {
      message: `clip settings refused: ${roomId} not visible to ${actorId}`,
      key: "unknownRoom",
    });
  }
  if (room.createdById !== actorId) {
    throw new AppError("FORBIDDEN", {
      message: `clip settings refused: ${actorId} is not the host of ${roomId}`,
      key: "hostOnlyClipSettings",
    });
  }
  await db.room.update({ where: { id: roomId }, data: { clipsEnabled: enabled } });
  return { enabled };
}
