import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { StartThreadInput } from "@/lib/validations/backchannel";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { roomAccessSql } from "@/server/rooms/room-access";

/** New threads a member may start in an hour (reusing a one-to-one thread is free). */
export const THREADS_PER_HOUR = 30;

export type StartThreadOptions = { starterId: string; input: StartThreadInput };

/**
 * Opens a thread between the starter and the people named (docs/backchannel.md). Each of them must
 * either follow the starter and be followed back, or be in a live room with the starter right now
 * (both present, both allowed in by the room-access rule); no block may stand between any two of
 * them. A one-to-one thread between the same two people is found again, not made twice.
 */
export async function startThread({
  starterId,
  input,
}: StartThreadOptions): Promise<{ id: string }> {
  const usernames = [...new Set(input.usernames)];
  const others = await db.user.findMany({
    where: { username: { in: usernames }, disabledAt: null, deletedAt: null },
    select: { id: true },
  });
  if (others.length !== usernames.length) {
    throw new AppError("NOT_FOUND", { key: "memberNotFound" });
  }
  const otherIds = others.map((other) => other.id);
  if (otherIds.includes(starterId)) {
    throw new AppError("BAD_REQUEST", { key: "backchannelSelf" });
  }
  await assertMayWrite(starterId, otherIds);

  if (otherIds.length === 1) {
    const pairKey = [starterId, ...otherIds].sort().join(":");
    return db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`backchannel:${pairKey}`}, 0))`;
      const existing = await tx.backchannelThread.findUnique({
        where: { pairKey },
        select: { id: true },
      });
      if (existing) return existing;
      await spendAllowance(starterId);
      return tx.backchannelThread.create({
        data: {
          pairKey,
          createdById: starterId,
          members: { create: [starterId, ...otherIds].map((userId) => ({ userId })) },
        },
        select: { id: true },
      });
    });
  }
  await spendAllowance(starterId);
  return db.backchannelThread.create({
    data: {
      createdById: starterId,
      members: { create: [starterId, ...otherIds].map((userId) => ({ userId })) },
    },
    select: { id: true },
  });
}

function spendAllowance(starterId: string): Promise<void> {
  return consumeRateLimit({
    key: `backchannel-thread:${starterId}`,
    limit: THREADS_PER_HOUR,
    windowMs: 60 * 60 * 1000,
    messageKey: "backchannelThreadsTooFast",
  });
}

type Reach = { id: string; allowed: boolean };

async function assertMayWrite(starterId: string, otherIds: string[]): Promise<void> {
  const everyone = [starterId, ...otherIds];
  const blocks = await db.block.count({
    where: { blockerId: { in: everyone }, blockedId: { in: everyone } },
  });
  const starter = Prisma.sql`${starterId}::uuid`;
  const rows = await db.$queryRaw<Reach[]>`
    SELECT u.id,
      (EXISTS (SELECT 1 FROM "Follow" f1 WHERE f1."followerId" = ${starter} AND f1."followeeId" = u.id)
        AND EXISTS (SELECT 1 FROM "Follow" f2 WHERE f2."followerId" = u.id AND f2."followeeId" = ${starter}))
      OR EXISTS (SELECT 1 FROM "Room" r
        JOIN "RoomParticipant" ps ON ps."roomId" = r.id AND ps."userId" = ${starter} AND ps."leftAt" IS NULL
        JOIN "RoomParticipant" po ON po."roomId" = r.id AND po."userId" = u.id AND po."leftAt" IS NULL
        WHERE r.status = 'LIVE'
          AND ${roomAccessSql({ viewer: starter })}
          AND ${roomAccessSql({ viewer: Prisma.sql`u.id` })}) AS allowed
    FROM "User" u WHERE u.id IN (${Prisma.join(otherIds.map((id) => Prisma.sql`${id}::uuid`))})`;
  if (blocks > 0 || rows.some((row) => !row.allowed)) {
    throw new AppError("FORBIDDEN", { key: "backchannelNotAllowed" });
  }
}
