import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { resolveUsernames } from "@/server/rooms/resolve-usernames";

export type AddRoomInviteesOptions = { actorId: string; roomId: string; usernames: string[] };

/** The host of a closed room lets more people in, before or during the room. */
export async function addRoomInvitees({ actorId, roomId, usernames }: AddRoomInviteesOptions) {
  const room = await db.room.findFirst({
    where: { id: roomId, createdById: actorId, status: { in: ["SCHEDULED", "LIVE"] } },
    select: { visibility: true },
  });
  if (!room) throw new AppError("NOT_FOUND", { key: "roomMissing" });
  if (room.visibility !== "CLOSED") {
    throw new AppError("BAD_REQUEST", { key: "closedRoomsOnly" });
  }
  const userIds = await resolveUsernames(usernames, actorId);
  await db.roomInvite.createMany({
    data: userIds.map((userId) => ({ roomId, userId })),
    skipDuplicates: true,
  });
}
