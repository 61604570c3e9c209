import "server-only";
import type { DbOrTx } from "@/server/create-db";
import { NOTIFICATION_CHANNEL } from "@/server/notifications/announce-notifications";
import type { NoticePayload } from "@/server/notifications/notice-payload";

/**
 * Tells every app instance that an account's sessions ended, so each closes the notification
 * streams it holds for a session that is no longer current. Called inside the transaction that
 * bumps the session version or disables the account: PostgreSQL delivers it only on commit, so an
 * instance that re-reads the account then sees the change.
 */
export async function announceSessionsEnded(tx: DbOrTx, userId: string): Promise<void> {
  const payload: NoticePayload = { sessionsEnded: userId };
  await tx.$executeRaw`SELECT pg_notify(${NOTIFICATION_CHANNEL}, ${JSON.stringify(payload)})`;
}
