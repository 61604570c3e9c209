import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { announceNotifications } from "@/server/notifications/announce-notifications";
import { pingableSql } from "@/server/pings/pingable-sql";
import { requirePinger } from "@/server/pings/require-pinger";

/** Pings one member may send in an hour, into any rooms. */
export const PINGS_SENT_PER_HOUR = 30;
/** Pings one member may get in an hour, from everyone together: more is noise, not an invitation. */
export const PINGS_RECEIVED_PER_HOUR = 3;

export type PingFollowerOptions = { roomId: string; pingerId: string; pingedId: string };

/**
 * A member in a live room asks a follower to come in: the follower gets a PING notification (the
 * bell, the live toast with Join, and Web Push, all from the one row). The ping is stored so both
 * hourly caps are counted in PostgreSQL, and nobody is pinged into the same room twice. A follower
 * who muted the pinger is not told, though the ping counts: the pinger cannot tell a mute apart.
 */
export async function pingFollower({ roomId, pingerId, pingedId }: PingFollowerOptions) {
  return db.$transaction(async (tx) => {
    await requirePinger(tx, { roomId, actorId: pingerId });
    // Both people's counters, one ping at a time (in id order, so two pings cannot deadlock):
    // the counts below then see every ping committed before this one, on any app instance.
    for (const id of [pingerId, pingedId].sort()) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`hearth:pings:${id}`}, 0))`;
    }
    const [facts] = await tx.$queryRaw<
      { displayName: string; pingable: boolean; pinged: boolean; sent: number; received: number }[]
    >`
      SELECT u."displayName",
        ${pingableSql({ follower: Prisma.sql`u.id`, pingerId })} AS pingable,
        EXISTS (SELECT 1 FROM "Ping" p WHERE p."roomId" = r.id AND p."pingedId" = u.id) AS pinged,
        (SELECT count(*)::int FROM "Ping" p
          WHERE p."pingerId" = ${pingerId}::uuid AND p."createdAt" > now() - interval '1 hour') AS sent,
        (SELECT count(*)::int FROM "Ping" p
          WHERE p."pingedId" = u.id AND p."createdAt" > now() - interval '1 hour') AS received
      FROM "Room" r, "User" u
      WHERE r.id = ${roomId}::uuid AND u.id = ${pingedId}::uuid`;
    if (!facts?.pingable) {
      throw new AppError("FORBIDDEN", {
        message: `ping: ${pingedId} may not be pinged by ${pingerId} into ${roomId}`,
        key: "pingNotPossible",
      });
    }
    if (facts.pinged) {
      throw new AppError("CONFLICT", {
        message: `ping: ${pingedId} was pinged into ${roomId} already`,
        key: "alreadyPinged",
        values: { name: facts.displayName },
      });
    }
    if (facts.sent >= PINGS_SENT_PER_HOUR) {
      throw new AppError("RATE_LIMITED", {
        message: `ping: ${pingerId} sent ${facts.sent} pings this hour`,
        key: "pingsSentCap",
        values: { limit: PINGS_SENT_PER_HOUR },
      });
    }
    if (facts.received >= PINGS_RECEIVED_PER_HOUR) {
      throw new AppError("RATE_LIMITED", {
        message: `ping: ${pingedId} got ${facts.received} pings this hour`,
        key: "pingsReceivedCap",
        values: { name: facts.displayName },
      });
    }
    await tx.ping.create({ data: { roomId, pingerId, pingedId } });
    const told = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Notification" (id, "userId", kind, "actorId", "roomId")
      SELECT gen_random_uuid(), ${pingedId}::uuid, 'PING'::"NotificationKind", ${pingerId}::uuid, ${roomId}::uuid
      WHERE NOT EXISTS (SELECT 1 FROM "MutedPerson" mp
        WHERE mp."userId" = ${pingedId}::uuid AND mp."mutedId" = ${pingerId}::uuid)
      RETURNING id`;
    await announceNotifications(
      tx,
      told.map((row) => row.id),
    );
    return { pinged: true };
  });
}
