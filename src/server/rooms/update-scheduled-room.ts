import "server-only";
import type { UpdateScheduledRoomInput } from "@/lib/validations/rooms";
import { db } from "@/server/db";
import { findScheduledRoomHostedBy } from "@/server/rooms/host-room";

export type UpdateScheduledRoomOptions = {
  actorId: string;
  roomId: string;
  input: UpdateScheduledRoomInput;
};

export async function updateScheduledRoom({ actorId, roomId, input }: UpdateScheduledRoomOptions) {
  await findScheduledRoomHostedBy(roomId, actorId);
  await db.room.update({ where: { id: roomId }, data: input, select: { id: true } });
}
