import "server-only";
import { MATCH_SECONDS } from "@/lib/match/match-api";
import type { RoomTopic } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { openMatchRoom } from "@/server/match/open-match-room";

export type FindMatchOptions = { userId: string };

export type FoundMatch = { matchId: string } | null;

// Enum arrays are read as text[]: the pg driver does not parse arrays of a custom enum type.
type Ticket = { userId: string; topics: RoomTopic[] };

/**
 * Puts the member in the queue (keeping their place if already waiting) and tries to pair them at
 * once with the member waiting longest who shares an interest, whom neither blocked, and whom they
 * were not matched with in the last day.
 *
 * Race-free across any number of app instances: both tickets are locked `FOR UPDATE SKIP LOCKED`
 * inside one transaction, and a ticket leaves the queue (waitingSince = NULL) in the same
 * transaction that creates the match. A ticket another matcher holds is skipped, never waited on,
 * so two matchers cannot deadlock, and a ticket paired a moment ago no longer qualifies when its
 * row is re-read under the lock.
 */
export async function findMatch({ userId }: FindMatchOptions): Promise<FoundMatch> {
  const queued = await db.$executeRaw`
    UPDATE "MatchTicket" SET "waitingSince" = COALESCE("waitingSince", now())
    WHERE "userId" = ${userId}::uuid`;
  if (queued === 0) throw new AppError("FORBIDDEN", { key: "matchOptInFirst" });
  return pairWaiting(userId);
}

/** One pairing attempt for a member already in the queue (also run by their status polls). */
export async function pairWaiting(userId: string): Promise<FoundMatch> {
  const paired = await db.$transaction(async (tx) => {
    const [me] = await tx.$queryRaw<Ticket[]>`
      SELECT "userId", topics::text[] AS topics FROM "MatchTicket"
      WHERE "userId" = ${userId}::uuid AND "waitingSince" IS NOT NULL
      FOR UPDATE SKIP LOCKED`;
    // Not waiting any more, or another matcher is pairing this member right now.
    if (!me) return null;
    const [other] = await tx.$queryRaw<Ticket[]>`
      SELECT t."userId", t.topics::text[] AS topics FROM "MatchTicket" t
      JOIN "User" u ON u.id = t."userId" AND u."disabledAt" IS NULL
      WHERE t."waitingSince" IS NOT NULL AND t."userId" <> ${userId}::uuid
        AND t.topics && ${me.topics}::text[]::"RoomTopic"[]
        AND NOT EXISTS (SELECT 1 FROM "Block" b
          WHERE (b."blockerId" = ${userId}::uuid AND b."blockedId" = t."userId")
             OR (b."blockerId" = t."userId" AND b."blockedId" = ${userId}::uuid))
        AND NOT EXISTS (SELECT 1 FROM "Match" m
          WHERE m."startedAt" > now() - interval '1 day'
            AND ((m."aId" = ${userId}::uuid AND m."bId" = t."userId")
              OR (m."aId" = t."userId" AND m."bId" = ${userId}::uuid)))
      ORDER BY t."waitingSince", t."userId"
      LIMIT 1
      FOR UPDATE OF t SKIP LOCKED`;
    if (!other) return null;
    await tx.$executeRaw`
      UPDATE "MatchTicket" SET "waitingSince" = NULL
      WHERE "userId" IN (${userId}::uuid, ${other.userId}::uuid)`;
    const shared = me.topics.filter((topic) => other.topics.includes(topic));
    // The one who waited longer is `a`; the order carries no meaning beyond that.
    return tx.match.create({
      data: {
        aId: other.userId,
        bId: userId,
        topics: shared,
        endsAt: new Date(Date.now() + MATCH_SECONDS * 1000),
      },
      select: { id: true },
    });
  });
  if (!paired) return null;
  await openMatchRoom(paired.id);
  return { matchId: paired.id };
}
