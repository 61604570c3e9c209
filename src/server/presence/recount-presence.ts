import "server-only";
import type { DbOrTx } from "@/server/create-db";
import { stagePageHeardSql } from "@/server/live/stage-beat";

/**
 * Sets a room's listener and speaker counts from who is present now (RoomParticipant rows with no
 * leftAt), in one statement: recounting instead of incrementing keeps the counts right whatever
 * order, duplicates or losses the events that changed presence came with.
 */
export async function recountPresence(tx: DbOrTx, roomId: string): Promise<void> {
  // Also keeps the peak listener count (for the host's summary) and when the stage went empty (the
  // sweep ends a room whose stage stays empty; see EMPTY_STAGE_END_MS). A stage whose pages stopped
  // beating counts as empty (stage-beat.ts): a listener joining must not make it heard again.
  await tx.$executeRaw`
    WITH c AS (SELECT
      count(*) FILTER (WHERE p.role = 'LISTENER') AS listeners,
      count(*) FILTER (WHERE p.role <> 'LISTENER') AS speakers,
      count(*) FILTER (WHERE p.role <> 'LISTENER' AND ${stagePageHeardSql()}) AS heard
      FROM "RoomParticipant" p WHERE p."roomId" = ${roomId}::uuid
        AND p."leftAt" IS NULL AND p."bannedAt" IS NULL)
    UPDATE "Room" r SET
      "listenerCount" = c.listeners,
      "speakerCount" = c.speakers,
      "peakListeners" = GREATEST(r."peakListeners", c.listeners),
      "stageEmptySince" = CASE WHEN c.heard > 0 THEN NULL
        ELSE COALESCE(r."stageEmptySince", now()) END
    FROM c WHERE r.id = ${roomId}::uuid`;
}
