import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { findScheduledRoomHostedBy } from "@/server/rooms/host-room";

export type CancelScheduledRoomOptions = { actorId: string; roomId: string };

export async function cancelScheduledRoom({ actorId, roomId }: CancelScheduledRoomOptions) {
  await findScheduledRoomHostedBy(roomId, actorId);
  const cancelled = await db.room.updateMany({
    where: { id: roomId, status: "SCHEDULED" },
    data: { status: "CANCELLED", endedAt: new Date() },
  });
  if (cancelled.count === 0) {
    throw new AppError("CONFLICT", { key: "notScheduled" });
  }
}
