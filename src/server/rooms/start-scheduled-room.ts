import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { findScheduledRoomHostedBy } from "@/server/rooms/host-room";

export type StartScheduledRoomOptions = { actorId: string; roomId: string };

/** The host opens a scheduled room: it goes live and appears in hallways. */
export async function startScheduledRoom({ actorId, roomId }: StartScheduledRoomOptions) {
  await findScheduledRoomHostedBy(roomId, actorId);
  // Conditional on the status, so a double click or a concurrent cancel cannot both win.
  const started = await db.room.updateMany({
    where: { id: roomId, status: "SCHEDULED" },
    data: { status: "LIVE", startedAt: new Date() },
  });
  if (started.count === 0) {
    throw new AppError("CONFLICT", { key: "notScheduled" });
  }
}
