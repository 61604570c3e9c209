import "server-only";
import type { UpdateScheduledRoomInput } from "@/lib/validations/rooms";
import { db } from "@/server/db";
import { findScheduledRoomHostedBy } from "@/server/rooms/host-room";

export type UpdateScheduledRoomOptions = {
  actorId: string;
  roomId: string;
  input: UpdateScheduledRoomInput;
};

/** The host edits a scheduled room; a new start time means a new reminder for its RSVPs. */
export async function updateScheduledRoom({ actorId, roomId, input }: UpdateScheduledRoomOptions) {
  const room = await findScheduledRoomHostedBy(roomId, actorId);
  const moved = room.scheduledFor?.getTime() !== input.scheduledFor.getTime();
  await db.room.update({
    where: { id: roomId },
    data: moved ? { ...input, reminderSentAt: null } : input,
    select: { id: true },
  });
}
