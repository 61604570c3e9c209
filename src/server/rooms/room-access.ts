import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Rooms a member may see and enter: open rooms, club rooms of clubs they belong to, and closed
 * rooms they host or were added to; never a room whose host blocked them or whom they blocked.
 * Every room query for a viewer includes this, so no path forgets the rule.
 */
export function roomsVisibleTo(viewerId: string): Prisma.RoomWhereInput {
  return {
    createdBy: {
      blocksMade: { none: { blockedId: viewerId } },
      blockedBy: { none: { blockerId: viewerId } },
    },
    OR: [
      { visibility: "OPEN" },
      {
        visibility: "CLUB",
        club: { members: { some: { userId: viewerId, status: "ACTIVE" } } },
      },
      {
        visibility: "CLOSED",
        OR: [{ createdById: viewerId }, { invites: { some: { userId: viewerId } } }],
      },
    ],
  };
}

/** Rooms the viewer was removed from stay out of their sight. */
export function notBannedFrom(viewerId: string): Prisma.RoomWhereInput {
  return { participants: { none: { userId: viewerId, bannedAt: { not: null } } } };
}
