import "server-only";
import type { Prisma } from "@/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * Takes the room's row lock first, so every transaction that changes presence in a room (webhooks
 * arriving together, reconciliation, ending) runs one after another instead of deadlocking over
 * participant rows and the room's counts.
 */
export async function lockRoomPresence(tx: Tx, roomId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Room" WHERE id = ${roomId}::uuid FOR NO KEY UPDATE`;
}

/**
 * Sets a room's listener and speaker counts from who is present now (RoomParticipant rows with no
 * leftAt), in one statement: recounting instead of incrementing keeps the counts right whatever
 * order, duplicates or losses the events that changed presence came with.
 */
export async function recountPresence(tx: Tx, roomId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Room" r SET
      "listenerCount" = (SELECT count(*) FROM "RoomParticipant" p WHERE p."roomId" = r.id
        AND p."leftAt" IS NULL AND p."bannedAt" IS NULL AND p.role = 'LISTENER'),
      "speakerCount" = (SELECT count(*) FROM "RoomParticipant" p WHERE p."roomId" = r.id
        AND p."leftAt" IS NULL AND p."bannedAt" IS NULL AND p.role <> 'LISTENER')
    WHERE r.id = ${roomId}::uuid`;
}
