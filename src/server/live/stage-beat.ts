import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { STAGE_SILENT_AFTER_MS } from "@/lib/live/stage-beat";
import { db } from "@/server/db";

export type RecordStageBeatOptions = { roomId: string; userId: string };

/**
 * Whether the page of the person on stage in row `p` is still heard from: it beats (recordStageBeat)
 * or has not beaten in this session yet (a page without beats, or one just joined, is judged by
 * LiveKit's presence alone). A beat older than joinedAt is an earlier session's. One rule, used by
 * the recount on every webhook and by the sweep that marks silent stages.
 */
export function stagePageHeardSql(alias = "p"): Prisma.Sql {
  const row = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${row}."beatAt" IS NULL OR ${row}."beatAt" < ${row}."joinedAt"
    OR ${row}."beatAt" > now() - make_interval(secs => ${STAGE_SILENT_AFTER_MS / 1000}))`;
}

/**
 * The page of someone present on stage says it is connected. A room its stage had gone silent in
 * (stageEmptySince) is heard again at once: the network came back before LiveKit gave up on them.
 * One statement; someone not on stage or not present changes nothing. Returns whether it counted.
 */
export async function recordStageBeat({
  roomId,
  userId,
}: RecordStageBeatOptions): Promise<boolean> {
  const rows = await db.$queryRaw<{ counted: boolean }[]>`
    WITH beat AS (
      UPDATE "RoomParticipant" SET "beatAt" = now()
      WHERE "roomId" = ${roomId}::uuid AND "userId" = ${userId}::uuid AND role <> 'LISTENER'
        AND "leftAt" IS NULL AND "bannedAt" IS NULL
      RETURNING "roomId"),
    heard AS (
      UPDATE "Room" r SET "stageEmptySince" = NULL FROM beat
      WHERE r.id = beat."roomId" AND r.status = 'LIVE' AND r."stageEmptySince" IS NOT NULL)
    SELECT EXISTS (SELECT 1 FROM beat) AS counted`;
  return rows[0]?.counted ?? false;
}

/**
 * Live rooms where someone is present on stage but no page there is heard from: their stage went
 * silent (a dropped network LiveKit has not noticed yet). Marked empty from now, so the hallway,
 * search and notifications stop offering them, and the room ends after the grace unless a beat
 * comes back. One statement. Returns how many rooms were marked.
 */
export async function markSilentStages(): Promise<number> {
  const presentOnStage = Prisma.sql`p.role <> 'LISTENER' AND p."leftAt" IS NULL AND p."bannedAt" IS NULL`;
  return db.$executeRaw`
    UPDATE "Room" r SET "stageEmptySince" = now()
    WHERE r.status = 'LIVE' AND r."stageEmptySince" IS NULL
      AND EXISTS (SELECT 1 FROM "RoomParticipant" p
        WHERE p."roomId" = r.id AND ${presentOnStage})
      AND NOT EXISTS (SELECT 1 FROM "RoomParticipant" p
        WHERE p."roomId" = r.id AND ${presentOnStage} AND ${stagePageHeardSql()})`;
}
