import "server-only";
import type { DbOrTx } from "@/server/create-db";

/** The PostgreSQL channel every app instance LISTENs on (notification-hub.ts). */
export const NOTIFICATION_CHANNEL = "hearth_notifications";

// NOTIFY payloads must stay under 8,000 bytes: 100 ids of 36 characters, quoted, are about 3.9 kB.
const IDS_PER_NOTICE = 100;

/**
 * Tells every app instance which notifications were just written. Called inside the transaction
 * that writes them: PostgreSQL delivers a NOTIFY only when that transaction commits, so a tab never
 * hears of a notification that was rolled back, and a second instance hears exactly what the first
 * wrote (no in-process bus to miss).
 */
export async function announceNotifications(tx: DbOrTx, ids: string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += IDS_PER_NOTICE) {
    const payload = JSON.stringify(ids.slice(start, start + IDS_PER_NOTICE));
    await tx.$executeRaw`SELECT pg_notify(${NOTIFICATION_CHANNEL}, ${payload})`;
  }
}

/**
 * Tells every app instance that a backchannel message was written (docs/backchannel.md): the same
 * channel, so the tabs' one stream carries it. Called inside the transaction that writes it.
 */
export async function announceBackchannelMessage(tx: DbOrTx, messageId: string): Promise<void> {
  const payload = JSON.stringify({ backchannel: messageId });
  await tx.$executeRaw`SELECT pg_notify(${NOTIFICATION_CHANNEL}, ${payload})`;
}
