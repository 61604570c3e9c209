import "server-only";
import type { RoomGuestsInput } from "@/lib/validations/rooms";
import { db } from "@/server/db";
import { findScheduledRoomHostedBy } from "@/server/rooms/host-room";
import { resolveGuests } from "@/server/rooms/resolve-guests";

export type SetRoomGuestsOptions = { actorId: string; roomId: string; input: RoomGuestsInput };

/**
 * The host replaces a scheduled room's co-hosts and speakers with the lists given. A closed room
 * puts the newly named on its list, so they can enter; taking someone off its list stays a
 * separate act ("Remove" on the guest list).
 */
export async function setRoomGuests({ actorId, roomId, input }: SetRoomGuestsOptions) {
  await findScheduledRoomHostedBy(roomId, actorId);
  const guests = await resolveGuests(actorId, input);
  await db.$transaction(async (tx) => {
    const room = await tx.room.findUniqueOrThrow({
      where: { id: roomId },
      select: { visibility: true },
    });
    await tx.roomGuest.deleteMany({
      where: { roomId, userId: { notIn: guests.map((guest) => guest.userId) } },
    });
    for (const guest of guests) {
      await tx.roomGuest.upsert({
        where: { roomId_userId: { roomId, userId: guest.userId } },
        create: { roomId, ...guest },
        update: { role: guest.role },
      });
    }
    if (room.visibility === "CLOSED") {
      await tx.roomInvite.createMany({
        data: guests.map((guest) => ({ roomId, userId: guest.userId })),
        skipDuplicates: true,
      });
    }
  });
}
