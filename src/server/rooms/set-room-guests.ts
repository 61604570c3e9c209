import "server-only";
import type { RoomGuestsInput } from "@/lib/validations/rooms";
import { db } from "@/server/db";
import { notifyNamedGuests } from "@/server/notifications/notify-named-guests";
import { findScheduledRoomHostedBy } from "@/server/rooms/host-room";
import { resolveGuests } from "@/server/rooms/resolve-guests";

export type SetRoomGuestsOptions = { actorId: string; roomId: string; input: RoomGuestsInput };

/**
 * The host replaces a scheduled room's co-hosts and speakers with the lists given, telling the
 * newly named. A closed room
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
    const before = await tx.roomGuest.findMany({
      where: { roomId },
      select: { userId: true, role: true },
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
    // Only the newly named, or named to another role, hear of it.
    const told = new Set(before.map((guest) => `${guest.userId}:${guest.role}`));
    await notifyNamedGuests(tx, {
      roomId,
      hostId: actorId,
      guests: guests.filter((guest) => !told.has(`${guest.userId}:${guest.role}`)),
    });
    if (room.visibility === "CLOSED") {
      await tx.roomInvite.createMany({
        data: guests.map((guest) => ({ roomId, userId: guest.userId })),
        skipDuplicates: true,
      });
    }
  });
}
