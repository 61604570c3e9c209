import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { PingableFollower } from "@/lib/validations/pings";
import { db } from "@/server/db";
import { pingableSql } from "@/server/pings/pingable-sql";
import { requirePinger } from "@/server/pings/require-pinger";

// The dialog searches this list in the browser; past this many, the people not pinged yet come first.
const LISTED = 200;

export type ListPingableFollowersOptions = { roomId: string; actorId: string };

/**
 * The ping dialog's list: the caller's followers they may ping into the room (pingableSql), those
 * not pinged yet first, by name.
 */
export async function listPingableFollowers({
  roomId,
  actorId,
}: ListPingableFollowersOptions): Promise<{ people: PingableFollower[] }> {
  await requirePinger(db, { roomId, actorId });
  const people = await db.$queryRaw<PingableFollower[]>`
    SELECT u.id, u.username, u."displayName", ph.version AS "photoVersion",
      EXISTS (SELECT 1 FROM "Ping" p WHERE p."roomId" = r.id AND p."pingedId" = u.id) AS pinged
    FROM "Room" r
    JOIN "Follow" f ON f."followeeId" = ${actorId}::uuid
    JOIN "User" u ON u.id = f."followerId"
    LEFT JOIN "ProfilePhoto" ph ON ph."userId" = u.id
    WHERE r.id = ${roomId}::uuid AND ${pingableSql({ follower: Prisma.sql`u.id`, pingerId: actorId })}
    ORDER BY pinged, lower(u."displayName"), u.id
    LIMIT ${LISTED}`;
  return { people };
}
