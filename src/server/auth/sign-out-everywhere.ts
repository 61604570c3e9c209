import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { endLiveSessions } from "@/server/auth/end-live-sessions";
import { announceSessionsEnded } from "@/server/notifications/announce-sessions-ended";
import { removeAccountPushSubscriptions } from "@/server/push/remove-account-push-subscriptions";

export type SignOutEverywhereOptions = { actorId: string };

/**
 * Ends every session of the actor's account, this one included: the session version moves on, so
 * every cookie stops working on its next request; open notification streams close on every app
 * instance, every browser stops getting its pushes, voice-match calls end and the account leaves
 * its live rooms, all at once.
 */
export async function signOutEverywhere({ actorId }: SignOutEverywhereOptions): Promise<void> {
  const ended = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actorId, disabledAt: null },
      data: { sessionVersion: { increment: 1 } },
    });
    if (count !== 1) return false;
    await announceSessionsEnded(tx, actorId);
    await removeAccountPushSubscriptions(tx, actorId);
    return true;
  });
  if (!ended) throw new AppError("UNAUTHORIZED", { key: "signInToContinue" });
  await endLiveSessions({ userId: actorId });
}
