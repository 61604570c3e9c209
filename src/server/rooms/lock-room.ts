import "server-only";
import type { DbOrTx } from "@/server/create-db";

/**
 * Takes the room's row lock for the rest of the transaction. Every change to who is where in a
 * room (stage changes, presence webhooks, reconciliation, ending) takes it first, so they run one
 * after another: counts and "already on stage" checks see every change committed before them, and
 * nobody deadlocks over participant rows. FOR NO KEY UPDATE (not FOR UPDATE) so joins, which insert
 * participant rows referencing the room, are not blocked; it still conflicts with itself.
 */
export async function lockRoom(tx: DbOrTx, roomId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Room" WHERE id = ${roomId}::uuid FOR NO KEY UPDATE`;
}
