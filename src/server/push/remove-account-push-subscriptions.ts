import "server-only";
import type { DbOrTx } from "@/server/create-db";

/**
 * Forgets every browser subscribed to an account's pushes, inside the transaction that ends all of
 * its sessions (signed out everywhere, password changed or reset, account disabled): a browser
 * that is no longer signed in as them, a shared one included, must not keep getting their
 * notifications. A browser still theirs subscribes again when the member next opens it signed in.
 */
export async function removeAccountPushSubscriptions(tx: DbOrTx, userId: string): Promise<void> {
  await tx.pushSubscription.deleteMany({ where: { userId } });
}
