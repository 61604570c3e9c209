import "server-only";
import type { DbOrTx } from "@/server/create-db";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { endLiveSessions } from "@/server/auth/end-live-sessions";
import { announceSessionsEnded } from "@/server/notifications/announce-sessions-ended";
import { removeAccountPushSubscriptions } from "@/server/push/remove-account-push-subscriptions";

export type SetAccountDisabledOptions = { actorId: string; userId: string; disabled: boolean };

/**
 * Disables or re-enables an account (admins only). Disabling bumps the session version, so every
 * session of the account stops working on its next request, and at once closes its notification
 * streams, ends its voice-match calls and disconnects it from every live room it is in.
 */
export async function setAccountDisabled(options: SetAccountDisabledOptions): Promise<void> {
  const actor = await db.user.findFirst({
    where: { id: options.actorId, role: "ADMIN", disabledAt: null },
    select: { id: true },
  });
  if (!actor) throw new AppError("FORBIDDEN", { key: "adminsOnly" });
  if (options.userId === options.actorId) {
    throw new AppError("BAD_REQUEST", { key: "cantDisableSelf" });
  }
  const now = new Date();
  await db.$transaction(async (tx) => {
    if (options.disabled) {
      await writeAccountDisabled(tx, { userId: options.userId, now });
      return;
    }
    await tx.user.update({
      where: { id: options.userId },
      data: { disabledAt: null },
      select: { id: true },
    });
  });
  if (options.disabled) await endLiveSessions({ userId: options.userId });
}

/**
 * The database half of disabling an account, inside the caller's transaction (the admin page, a
 * decided report): the session version is bumped, so every session of the account stops working
 * on its next request, every app instance hears (on commit) to close its notification streams, its
 * push subscriptions are forgotten, and the member leaves every room they are in. The caller then
 * runs `endLiveSessions` (src/server/auth/) once the transaction has committed, for the calls and
 * LiveKit connections.
 */
export async function writeAccountDisabled(
  tx: DbOrTx,
  { userId, now }: { userId: string; now: Date },
): Promise<void> {
  await tx.user.update({
    where: { id: userId },
    data: { disabledAt: now, sessionVersion: { increment: 1 } },
    select: { id: true },
  });
  await announceSessionsEnded(tx, userId);
  await removeAccountPushSubscriptions(tx, userId);
  await tx.roomParticipant.updateMany({
    where: { userId, leftAt: null },
    data: { leftAt: now, handRaisedAt: null },
  });
}
