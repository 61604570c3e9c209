import "server-only";
import type { DbOrTx } from "@/server/create-db";
import { announceNotifications } from "@/server/notifications/announce-notifications";
import type { RoomGuestRow } from "@/server/rooms/resolve-guests";

export type NotifyNamedGuestsOptions = { roomId: string; hostId: string; guests: RoomGuestRow[] };

/**
 * Tells the people a host just named co-host or invited speaker, inside the transaction that names
 * them. Nobody blocked either way gets here: resolveGuests refuses to name them.
 */
export async function notifyNamedGuests(
  tx: DbOrTx,
  { roomId, hostId, guests }: NotifyNamedGuestsOptions,
): Promise<void> {
  if (guests.length === 0) return;
  const notices = await tx.notification.createManyAndReturn({
    data: guests.map((guest) => ({
      userId: guest.userId,
      kind: guest.role === "MODERATOR" ? ("EVENT_COHOST" as const) : ("EVENT_SPEAKER" as const),
      actorId: hostId,
      roomId,
    })),
    select: { id: true },
  });
  await announceNotifications(
    tx,
    notices.map((notice) => notice.id),
  );
}
