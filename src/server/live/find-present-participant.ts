import "server-only";
import type { RoomRole } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { roomsVisibleTo } from "@/server/rooms/room-access";

export type FindPresentParticipantOptions = { roomId: string; userId: string };

/**
 * The caller's place in a live room they joined and have not left or been removed from; anything
 * else is a 404, so nobody can post into a room they cannot see.
 */
export async function findPresentParticipant({
  roomId,
  userId,
}: FindPresentParticipantOptions): Promise<{ role: RoomRole }> {
  const participant = await db.roomParticipant.findFirst({
    where: {
      roomId,
      userId,
      leftAt: null,
      bannedAt: null,
      room: { status: "LIVE", AND: [roomsVisibleTo(userId)] },
    },
    select: { role: true },
  });
  if (!participant) {
    throw new AppError("NOT_FOUND", {
      message: `${userId} is not present in live room ${roomId}`,
      key: "notPresent",
    });
  }
  return participant;
}
