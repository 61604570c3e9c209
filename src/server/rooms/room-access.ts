import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RoomRole, RoomVisibility } from "@/generated/prisma/enums";

/*
 * The room-access policy: who may see a room, enter it and stay in it. This module is the only
 * place the rule is written, in three forms that the tests run against each other on the same
 * fixtures (tests/integration/room-access-policy.test.ts):
 *
 * - roomAccessSql / roomReachSql: a boolean SQL fragment, for raw queries (the join, the hallway,
 *   search, notifications, loadStage, the webhook judge and the sweeps);
 * - canAccessRoom / canReachRoom: a predicate over loaded rows (roomAccessFactsSelect loads them);
 * - roomsVisibleTo / notBannedFrom: the same rule as a Prisma filter, for Prisma queries.
 *
 * The rule. A member may *reach* a room when
 *   1. its visibility lets them: OPEN to everyone; CLUB to the club's active members; CLOSED to its
 *      host and the people added to it; and
 *   2. no block stands between them and the room's host, either way; and
 *   3. none of the room's current moderators (its host and moderators not removed) blocked them:
 *      a moderator's block keeps someone out.
 * They may *access* it (see it listed, enter, stay, be told about it) when they may reach it and
 * were not removed from it. "Reach" alone serves the pages that tell a removed member so.
 * Whether the account is active and the room live are separate checks of the callers.
 */

const MODERATING: RoomRole[] = ["HOST", "MODERATOR"];

/**
 * `viewer` is any SQL expression yielding the member's id (a bound parameter, or a column such as
 * a follower's id); `room` names the "Room" row in the surrounding query.
 */
export type RoomAccessSqlOptions = { viewer: Prisma.Sql; room?: Prisma.Sql };

/** The viewer may reach the room (rules 1–3), removed or not. */
export function roomReachSql({ viewer, room = Prisma.raw("r") }: RoomAccessSqlOptions): Prisma.Sql {
  return Prisma.sql`(
    (${room}.visibility = 'OPEN'
      OR (${room}.visibility = 'CLUB' AND EXISTS (SELECT 1 FROM "ClubMember" acm
        WHERE acm."clubId" = ${room}."clubId" AND acm."userId" = ${viewer} AND acm.status = 'ACTIVE'))
      OR (${room}.visibility = 'CLOSED' AND (${room}."createdById" = ${viewer}
        OR EXISTS (SELECT 1 FROM "RoomInvite" ari
          WHERE ari."roomId" = ${room}.id AND ari."userId" = ${viewer}))))
    AND NOT EXISTS (SELECT 1 FROM "Block" ab
      WHERE ab."blockerId" = ${viewer} AND ab."blockedId" = ${room}."createdById")
    AND NOT EXISTS (SELECT 1 FROM "Block" ab
      WHERE ab."blockedId" = ${viewer} AND (ab."blockerId" = ${room}."createdById"
        OR EXISTS (SELECT 1 FROM "RoomParticipant" amod
          WHERE amod."roomId" = ${room}.id AND amod."userId" = ab."blockerId"
            AND amod.role IN ('HOST', 'MODERATOR') AND amod."bannedAt" IS NULL))))`;
}

/** The viewer was removed from the room by a moderator. */
export function roomBanSql({ viewer, room = Prisma.raw("r") }: RoomAccessSqlOptions): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "RoomParticipant" aban
    WHERE aban."roomId" = ${room}.id AND aban."userId" = ${viewer} AND aban."bannedAt" IS NOT NULL)`;
}

/** The viewer may see, enter and stay in the room: they may reach it and were not removed. */
export function roomAccessSql(options: RoomAccessSqlOptions): Prisma.Sql {
  return Prisma.sql`(${roomReachSql(options)} AND NOT ${roomBanSql(options)})`;
}

/** A member id as a bound uuid parameter, for the fragments above. */
export function viewerParam(viewerId: string): Prisma.Sql {
  return Prisma.sql`${viewerId}::uuid`;
}

/** Everything the predicate needs about one room and one viewer, as loaded rows. */
export type RoomAccessFacts = {
  viewerId: string;
  room: { visibility: RoomVisibility; createdById: string; clubId: string | null };
  /** The viewer's active membership of the room's club, if any. */
  isActiveClubMember: boolean;
  /** The viewer is on the closed room's list. */
  isInvited: boolean;
  /** The viewer was removed from the room. */
  isBanned: boolean;
  /** Who blocked the viewer, among the host and the room's moderators (not removed). */
  blockedByIds: string[];
  /** Whom the viewer blocked, among the host. */
  blockedIds: string[];
  /** The room's host and moderators who were not removed. */
  moderatorIds: string[];
};

/** The viewer may reach the room (rules 1–3), removed or not. */
export function canReachRoom(facts: RoomAccessFacts): boolean {
  const { viewerId, room } = facts;
  const visible =
    room.visibility === "OPEN" ||
    (room.visibility === "CLUB" && facts.isActiveClubMember) ||
    (room.visibility === "CLOSED" && (room.createdById === viewerId || facts.isInvited));
  if (!visible) return false;
  if (facts.blockedIds.includes(room.createdById)) return false;
  const keepers = new Set([room.createdById, ...facts.moderatorIds]);
  return !facts.blockedByIds.some((blockerId) => keepers.has(blockerId));
}

/** The viewer may see, enter and stay in the room. */
export function canAccessRoom(facts: RoomAccessFacts): boolean {
  return canReachRoom(facts) && !facts.isBanned;
}

/** The Prisma select that loads a room's access facts for one viewer (see accessFactsOf). */
export function roomAccessFactsSelect(viewerId: string) {
  return {
    visibility: true,
    createdById: true,
    clubId: true,
    club: {
      select: {
        members: { where: { userId: viewerId, status: "ACTIVE" }, select: { userId: true } },
      },
    },
    invites: { where: { userId: viewerId }, select: { userId: true } },
    createdBy: {
      select: {
        blocksMade: { where: { blockedId: viewerId }, select: { blockerId: true } },
        blockedBy: { where: { blockerId: viewerId }, select: { blockedId: true } },
      },
    },
    participants: {
      where: {
        OR: [
          { userId: viewerId, bannedAt: { not: null } },
          { role: { in: MODERATING }, bannedAt: null },
        ],
      },
      select: {
        userId: true,
        bannedAt: true,
        user: {
          select: { blocksMade: { where: { blockedId: viewerId }, select: { blockerId: true } } },
        },
      },
    },
  } satisfies Prisma.RoomSelect;
}

type RoomAccessRow = Prisma.RoomGetPayload<{ select: ReturnType<typeof roomAccessFactsSelect> }>;

/** The facts canAccessRoom judges, from a row loaded with roomAccessFactsSelect. */
export function accessFactsOf(viewerId: string, row: RoomAccessRow): RoomAccessFacts {
  const keepers = row.participants.filter((p) => p.bannedAt === null);
  return {
    viewerId,
    room: { visibility: row.visibility, createdById: row.createdById, clubId: row.clubId },
    isActiveClubMember: (row.club?.members.length ?? 0) > 0,
    isInvited: row.invites.length > 0,
    isBanned: row.participants.some((p) => p.userId === viewerId && p.bannedAt !== null),
    blockedByIds: [
      ...row.createdBy.blocksMade.map((b) => b.blockerId),
      ...keepers.flatMap((p) => p.user.blocksMade.map((b) => b.blockerId)),
    ],
    blockedIds: row.createdBy.blockedBy.map((b) => b.blockedId),
    moderatorIds: keepers.map((p) => p.userId),
  };
}

/**
 * Rules 1–3 as a Prisma filter on Room (removed members included: add notBannedFrom). Every
 * Prisma room query for a viewer includes it, so no path forgets the rule.
 */
export function roomsVisibleTo(viewerId: string): Prisma.RoomWhereInput {
  return {
    createdBy: {
      blocksMade: { none: { blockedId: viewerId } },
      blockedBy: { none: { blockerId: viewerId } },
    },
    participants: {
      none: {
        role: { in: MODERATING },
        bannedAt: null,
        user: { blocksMade: { some: { blockedId: viewerId } } },
      },
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
