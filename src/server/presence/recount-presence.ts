import "server-only";
import type { DbOrTx } from "@/server/create-db";

/**
 * Sets a room's listener and speaker counts from who is present now (RoomParticipant rows with no
 * leftAt), in one statement: recounting instead of incrementing keeps the counts right whatever
 * order, duplicates or losses the events that changed presence came with.
 */
export async function recountPresence(tx: DbOrTx, roomId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Room" r SET
      "listenerCount" = (SELECT count(*) FROM "RoomParticipant" p WHERE p."roomId" = r.id
        AND p."leftAt" IS NULL AND p."bannedAt" IS NULL AND p.role = 'LISTENER'),
      "speakerCount" = (SELECT count(*) FROM "RoomParticipant" p WHERE p."roomId" = r.id
        AND p."leftAt" IS NULL AND p."bannedAt" IS NULL AND p.role <> 'LISTENER')
    WHERE r.id = ${roomId}::uuid`;
}
