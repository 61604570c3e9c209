import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { notifyRoomStarted } from "@/server/notifications/notify-room-started";

export type StartPrivateRoomOptions = { actorId: string; otherUserId: string };

/**
 * A closed one-to-one room with someone the actor follows and who follows them back, who is told
 * they are invited.
 */
export async function startPrivateRoom({ actorId, otherUserId }: StartPrivateRoomOptions) {
  const [other, mutual] = await Promise.all([
    db.user.findFirst({
      where: { id: otherUserId, disabledAt: null },
      select: { displayName: true },
    }),
    db.follow.count({
      where: {
        OR: [
          { followerId: actorId, followeeId: otherUserId },
          { followerId: otherUserId, followeeId: actorId },
        ],
      },
    }),
  ]);
  if (!other || actorId === otherUserId) {
    throw new AppError("NOT_FOUND", { key: "memberMissing" });
  }
  if (mutual < 2) {
    throw new AppError("FORBIDDEN", {
      key: "privateRoomMutual",
    });
  }
  const me = await db.user.findUniqueOrThrow({
    where: { id: actorId },
    select: { displayName: true },
  });
  const now = new Date();
  return db.$transaction(async (tx) => {
    const room = await tx.room.create({
      data: {
        title: `${me.displayName} & ${other.displayName}`,
        topic: "OTHER",
        visibility: "CLOSED",
        status: "LIVE",
        startedAt: now,
        createdById: actorId,
        speakerLimit: 2,
        handRaisingOn: false,
        // Both are on stage: a one-to-one room is a conversation, not an audience.
        participants: {
          create: [
            { userId: actorId, role: "HOST", leftAt: now },
            { userId: otherUserId, role: "SPEAKER", leftAt: now },
          ],
        },
        invites: { create: { userId: otherUserId } },
      },
      select: { id: true },
    });
    await notifyRoomStarted(tx, room.id);
    return room;
  });
}
