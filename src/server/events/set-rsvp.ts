import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { notBannedFrom, roomsVisibleTo } from "@/server/rooms/room-access";

export type SetRsvpOptions = { actorId: string; roomId: string; going: boolean };

/**
 * "Notify me" on a scheduled room the member may see: they are reminded 10 minutes before and told
 * when it starts. Asking twice changes nothing; the host is told anyway, so they cannot RSVP.
 */
export async function setRsvp({ actorId, roomId, going }: SetRsvpOptions) {
  const room = await db.room.findFirst({
    where: { id: roomId, AND: [roomsVisibleTo(actorId), notBannedFrom(actorId)] },
    select: { createdById: true, status: true },
  });
  if (!room) throw new AppError("NOT_FOUND", { key: "roomMissing" });
  if (room.createdById === actorId) throw new AppError("BAD_REQUEST", { key: "hostNeedsNoRsvp" });
  if (room.status !== "SCHEDULED") throw new AppError("CONFLICT", { key: "notScheduled" });
  if (going) {
    await db.roomRsvp.createMany({ data: [{ roomId, userId: actorId }], skipDuplicates: true });
  } else {
    await db.roomRsvp.deleteMany({ where: { roomId, userId: actorId } });
  }
  return { going };
}
