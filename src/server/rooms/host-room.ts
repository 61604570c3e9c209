import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { roomsVisibleTo } from "@/server/rooms/room-access";

/**
 * The scheduled room the actor hosts, or an error: 404 when they cannot see it (a closed room
 * stays secret), 403 when they can see it but are not its host, 409 when it is no longer scheduled.
 */
export async function findScheduledRoomHostedBy(roomId: string, actorId: string) {
  const room = await db.room.findFirst({
    where: { id: roomId, ...roomsVisibleTo(actorId) },
    select: { id: true, createdById: true, status: true, scheduledFor: true },
  });
  if (!room) throw new AppError("NOT_FOUND", { key: "roomMissing" });
  if (room.createdById !== actorId) {
    throw new AppError("FORBIDDEN", { key: "hostOnly" });
  }
  if (room.status !== "SCHEDULED") {
    throw new AppError("CONFLICT", { key: "notScheduled" });
  }
  return room;
}

/**
 * The scheduled room the actor may start: its host or a co-host named when it was scheduled. The
 * same answers as findScheduledRoomHostedBy otherwise (404 unseen, 403 not theirs, 409 not scheduled).
 */
export async function findScheduledRoomStartableBy(roomId: string, actorId: string) {
  const room = await db.room.findFirst({
    where: { id: roomId, ...roomsVisibleTo(actorId) },
    select: {
      id: true,
      createdById: true,
      status: true,
      guests: { where: { userId: actorId, role: "MODERATOR" }, select: { userId: true } },
    },
  });
  if (!room) throw new AppError("NOT_FOUND", { key: "roomMissing" });
  if (room.createdById !== actorId && room.guests.length === 0) {
    throw new AppError("FORBIDDEN", { key: "hostOrCohostOnly" });
  }
  if (room.status !== "SCHEDULED") {
    throw new AppError("CONFLICT", { key: "notScheduled" });
  }
  return room;
}
