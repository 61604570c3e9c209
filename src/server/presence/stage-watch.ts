import "server-only";
import type { DbOrTx } from "@/server/create-db";

/*
 * Rooms where someone the database puts in the audience may still hold a LiveKit token that lets
 * them publish. LiveKit (v1.13.5, pkg/service/roommanager.go refreshToken) hands every session a
 * refresh token copied from the participant's current grants, valid 10 minutes, at the start of
 * the session, every 5 minutes, and after every permission change. So once the server raised
 * someone to the stage they hold a publish-capable token until 10 minutes after their last session
 * with publish rights; each stale session started with it hands them another. While a room is
 * watched, the stage guard (guard-stage-permissions.ts) compares LiveKit's participants with the
 * database several times a second. Kept in "RateLimit" (key, time) so every app instance shares it.
 */

/** LiveKit's refresh-token lifetime (tokenDefaultTTL), plus a minute of clock slack. */
export const STAGE_WATCH_MS = 11 * 60 * 1000;

const PREFIX = "stage-watch:";

/**
 * Starts (or extends) the watch of a room: someone just left the stage, was moved off it or
 * removed, or a stale session was caught (LiveKit gave it a fresh publish-capable token).
 */
export async function watchRoomForStalePublishers(db: DbOrTx, roomId: string): Promise<void> {
  const now = new Date();
  await db.$executeRaw`
    INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${PREFIX + roomId}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET count = "RateLimit".count + 1, "windowStart" = ${now}`;
}

/** Live rooms under watch now. */
export async function listWatchedRooms(db: DbOrTx): Promise<string[]> {
  const since = new Date(Date.now() - STAGE_WATCH_MS);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "RateLimit" w
    JOIN "Room" r ON r.id::text = substr(w.key, ${PREFIX.length + 1})
    WHERE w.key LIKE ${PREFIX + "%"} AND w."windowStart" > ${since} AND r.status = 'LIVE'`;
  return rows.map((row) => row.id);
}

/**
 * The stage guard's turn and the rooms it looks at, in one statement (the guard's 1 s bound
 * leaves no room for a transaction around it): `key`'s turn is taken unless any app instance took
 * it less than `minIntervalMs` ago (a concurrent claim waits for the row and then finds it taken),
 * and only then are the watched live rooms listed. Null when another instance has the turn.
 */
export async function claimTurnAndListWatchedRooms(
  db: DbOrTx,
  key: string,
  minIntervalMs: number,
): Promise<string[] | null> {
  const now = new Date();
  const dueBefore = new Date(now.getTime() - minIntervalMs);
  const since = new Date(now.getTime() - STAGE_WATCH_MS);
  const [row] = await db.$queryRaw<{ claimed: boolean; rooms: string[] }[]>`
    WITH claim AS (
      INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${key}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET count = "RateLimit".count + 1, "windowStart" = ${now}
        WHERE "RateLimit"."windowStart" <= ${dueBefore}
      RETURNING key)
    SELECT EXISTS (SELECT 1 FROM claim) AS claimed,
      ARRAY(SELECT r.id::text FROM "RateLimit" w
        JOIN "Room" r ON r.id::text = substr(w.key, ${PREFIX.length + 1})
        WHERE EXISTS (SELECT 1 FROM claim) AND w.key LIKE ${PREFIX + "%"}
          AND w."windowStart" > ${since} AND r.status = 'LIVE') AS rooms`;
  return row?.claimed ? row.rooms : null;
}
