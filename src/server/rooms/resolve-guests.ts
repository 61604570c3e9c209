import "server-only";
import type { RoomGuestRole } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { resolveUsernames } from "@/server/rooms/resolve-usernames";

export type NamedGuests = { cohosts: string[]; speakers: string[] };

export type RoomGuestRow = { userId: string; role: RoomGuestRole };

/**
 * The co-hosts and invited speakers a host typed, as guest rows: every name must be a member, and
 * nobody the host blocked or who blocked the host may be named (they could not see the room).
 */
export async function resolveGuests(hostId: string, named: NamedGuests): Promise<RoomGuestRow[]> {
  const cohosts = await resolveUsernames(named.cohosts, hostId, "cohosts");
  const speakers = await resolveUsernames(named.speakers, hostId, "speakers");
  const guests: RoomGuestRow[] = [
    ...cohosts.map((userId) => ({ userId, role: "MODERATOR" as const })),
    ...speakers.map((userId) => ({ userId, role: "SPEAKER" as const })),
  ];
  if (guests.length === 0) return guests;
  const ids = guests.map((guest) => guest.userId);
  const blocked = await db.user.findMany({
    where: {
      id: { in: ids },
      OR: [
        { blocksMade: { some: { blockedId: hostId } } },
        { blockedBy: { some: { blockerId: hostId } } },
      ],
    },
    select: { id: true, username: true },
  });
  if (blocked.length > 0) {
    const cohostIds = new Set(cohosts);
    throw new AppError("UNPROCESSABLE", {
      key: "guestBlocked",
      values: { names: blocked.map((user) => `@${user.username}`).join(", ") },
      field: blocked.some((user) => cohostIds.has(user.id)) ? "cohosts" : "speakers",
    });
  }
  return guests;
}
