import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import {
  accessFactsOf,
  canAccessRoom,
  canReachRoom,
  notBannedFrom,
  roomAccessFactsSelect,
  roomAccessSql,
  roomReachSql,
  roomsVisibleTo,
  viewerParam,
} from "@/server/rooms/room-access";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// The room-access policy is written once, as a SQL fragment, a predicate over loaded rows and a
// Prisma filter (src/server/rooms/room-access.ts). Every fixture below is one room and one viewer
// in one situation; all three forms must give the answer written next to it.

type Visibility = "OPEN" | "CLUB" | "CLOSED";

type Situation = {
  name: string;
  /** The viewer's ties to the room, each built on fresh people. */
  clubMember?: "ACTIVE" | "PENDING";
  invited?: boolean;
  isHost?: boolean;
  banned?: boolean;
  hostBlocksViewer?: boolean;
  viewerBlocksHost?: boolean;
  moderatorBlocksViewer?: boolean;
  viewerBlocksModerator?: boolean;
  removedModeratorBlocksViewer?: boolean;
  speakerBlocksViewer?: boolean;
  /** Whether they may reach it (rules 1–3) and access it (also not removed), per visibility. */
  expected: Record<Visibility, { reach: boolean; access: boolean }>;
};

const both = (value: boolean) => ({ reach: value, access: value });
const all = (value: boolean) => ({ OPEN: both(value), CLUB: both(value), CLOSED: both(value) });

const SITUATIONS: Situation[] = [
  { name: "a stranger", expected: { OPEN: both(true), CLUB: both(false), CLOSED: both(false) } },
  {
    name: "an active club member",
    clubMember: "ACTIVE",
    expected: { OPEN: both(true), CLUB: both(true), CLOSED: both(false) },
  },
  {
    name: "a pending club member",
    clubMember: "PENDING",
    expected: { OPEN: both(true), CLUB: both(false), CLOSED: both(false) },
  },
  {
    name: "an invitee",
    invited: true,
    expected: { OPEN: both(true), CLUB: both(false), CLOSED: both(true) },
  },
  {
    name: "the host",
    isHost: true,
    expected: { OPEN: both(true), CLUB: both(false), CLOSED: both(true) },
  },
  {
    name: "a removed club member and invitee",
    clubMember: "ACTIVE",
    invited: true,
    banned: true,
    expected: {
      OPEN: { reach: true, access: false },
      CLUB: { reach: true, access: false },
      CLOSED: { reach: true, access: false },
    },
  },
  {
    name: "blocked by the host",
    clubMember: "ACTIVE",
    invited: true,
    hostBlocksViewer: true,
    expected: all(false),
  },
  {
    name: "who blocked the host",
    clubMember: "ACTIVE",
    invited: true,
    viewerBlocksHost: true,
    expected: all(false),
  },
  {
    name: "blocked by a moderator",
    clubMember: "ACTIVE",
    invited: true,
    moderatorBlocksViewer: true,
    expected: all(false),
  },
  {
    name: "who blocked a moderator",
    clubMember: "ACTIVE",
    invited: true,
    viewerBlocksModerator: true,
    expected: all(true),
  },
  {
    name: "blocked by a moderator who was removed",
    clubMember: "ACTIVE",
    invited: true,
    removedModeratorBlocksViewer: true,
    expected: all(true),
  },
  {
    name: "blocked by a speaker",
    clubMember: "ACTIVE",
    invited: true,
    speakerBlocksViewer: true,
    expected: all(true),
  },
];

type Fixture = { label: string; roomId: string; viewerId: string; reach: boolean; access: boolean };

async function buildFixture(situation: Situation, visibility: Visibility): Promise<Fixture> {
  const [host, other, moderator, speaker, removedModerator] = await Promise.all(
    Array.from({ length: 5 }, () => createTestUser(db)),
  );
  if (!host || !other || !moderator || !speaker || !removedModerator) throw new Error("users");
  const viewer = situation.isHost ? host : other;
  const club = await db.club.create({
    data: { slug: `c-${randomUUID().slice(0, 12)}`, name: "Club", createdById: host.id },
  });
  const room = await createLiveRoom(db, {
    hostId: host.id,
    visibility,
    ...(visibility === "CLUB" ? { clubId: club.id } : {}),
  });
  // Every room has a moderator, a speaker and a removed moderator, whatever the situation.
  await db.roomParticipant.createMany({
    data: [
      { roomId: room.id, userId: moderator.id, role: "MODERATOR" },
      { roomId: room.id, userId: speaker.id, role: "SPEAKER" },
      { roomId: room.id, userId: removedModerator.id, role: "MODERATOR", bannedAt: new Date() },
    ],
  });
  if (situation.clubMember && visibility === "CLUB") {
    await db.clubMember.create({
      data: { clubId: club.id, userId: viewer.id, status: situation.clubMember },
    });
  }
  if (situation.invited) {
    await db.roomInvite.create({ data: { roomId: room.id, userId: viewer.id } });
  }
  if (situation.banned) {
    await db.roomParticipant.create({
      data: { roomId: room.id, userId: viewer.id, role: "LISTENER", bannedAt: new Date() },
    });
  }
  const blocks: { blockerId: string; blockedId: string }[] = [];
  if (situation.hostBlocksViewer) blocks.push({ blockerId: host.id, blockedId: viewer.id });
  if (situation.viewerBlocksHost) blocks.push({ blockerId: viewer.id, blockedId: host.id });
  if (situation.moderatorBlocksViewer)
    blocks.push({ blockerId: moderator.id, blockedId: viewer.id });
  if (situation.viewerBlocksModerator)
    blocks.push({ blockerId: viewer.id, blockedId: moderator.id });
  if (situation.removedModeratorBlocksViewer)
    blocks.push({ blockerId: removedModerator.id, blockedId: viewer.id });
  if (situation.speakerBlocksViewer) blocks.push({ blockerId: speaker.id, blockedId: viewer.id });
  if (blocks.length > 0) await db.block.createMany({ data: blocks });
  return {
    label: `${situation.name}, ${visibility} room`,
    roomId: room.id,
    viewerId: viewer.id,
    ...situation.expected[visibility],
  };
}

async function bySql(fixture: Fixture) {
  const viewer = viewerParam(fixture.viewerId);
  const [row] = await db.$queryRaw<{ reach: boolean; access: boolean }[]>(Prisma.sql`
    SELECT ${roomReachSql({ viewer })} AS reach, ${roomAccessSql({ viewer })} AS access
    FROM "Room" r WHERE r.id = ${fixture.roomId}::uuid`);
  return row;
}

async function byPredicate(fixture: Fixture) {
  const row = await db.room.findUniqueOrThrow({
    where: { id: fixture.roomId },
    select: roomAccessFactsSelect(fixture.viewerId),
  });
  const facts = accessFactsOf(fixture.viewerId, row);
  return { reach: canReachRoom(facts), access: canAccessRoom(facts) };
}

async function byPrismaFilter(fixture: Fixture) {
  const [reach, access] = await Promise.all([
    db.room.count({ where: { id: fixture.roomId, AND: [roomsVisibleTo(fixture.viewerId)] } }),
    db.room.count({
      where: {
        id: fixture.roomId,
        AND: [roomsVisibleTo(fixture.viewerId), notBannedFrom(fixture.viewerId)],
      },
    }),
  ]);
  return { reach: reach === 1, access: access === 1 };
}

describe("the room-access policy", () => {
  it(
    "the room-access SQL and the room-access predicate agree on every fixture",
    { timeout: 120_000 },
    async () => {
      const fixtures: Fixture[] = [];
      for (const situation of SITUATIONS) {
        for (const visibility of ["OPEN", "CLUB", "CLOSED"] as const) {
          fixtures.push(await buildFixture(situation, visibility));
        }
      }
      const disagreements: string[] = [];
      for (const fixture of fixtures) {
        const expected = { reach: fixture.reach, access: fixture.access };
        const [sql, predicate, filter] = await Promise.all([
          bySql(fixture),
          byPredicate(fixture),
          byPrismaFilter(fixture),
        ]);
        for (const [form, got] of [
          ["SQL", sql],
          ["predicate", predicate],
          ["Prisma filter", filter],
        ] as const) {
          if (got?.reach !== expected.reach || got.access !== expected.access) {
            disagreements.push(
              `${fixture.label}: ${form} says ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`,
            );
          }
        }
      }
      expect(disagreements).toEqual([]);
      expect(fixtures.length).toBe(SITUATIONS.length * 3);
    },
  );
});
