import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { notifyRoomStarted } from "@/server/notifications/notify-room-started";
import { findScheduledRoomStartableBy } from "@/server/rooms/host-room";

export type StartScheduledRoomOptions = { actorId: string; roomId: string };

/**
 * The host or a co-host opens a scheduled room: it goes live, appears in hallways and the host's
 * followers are told.
 */
export async function startScheduledRoom({ actorId, roomId }: StartScheduledRoomOptions) {
  await findScheduledRoomStartableBy(roomId, actorId);
  // Conditional on the status, so a double click or a concurrent cancel cannot both win.
  await db.$transaction(async (tx) => {
    const started = await tx.room.updateMany({
      where: { id: roomId, status: "SCHEDULED" },
      data: { status: "LIVE", startedAt: new Date() },
    });
    if (started.count === 0) {
      throw new AppError("CONFLICT", { key: "notScheduled" });
    }
    await notifyRoomStarted(tx, roomId);
  });
}
