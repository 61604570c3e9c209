import "server-only";
import { isCommonPassword, passwordContainsIdentity } from "@/lib/validations/signup";
import type { ResetPasswordInput } from "@/lib/validations/account-email";
import { endLiveSessions } from "@/server/auth/end-live-sessions";
import { hashPassword } from "@/server/auth/password";
import { db } from "@/server/db";
import { hashEmailToken, isWellFormedEmailToken } from "@/server/email/email-token";
import { AppError } from "@/server/errors";
import { announceSessionsEnded } from "@/server/notifications/announce-sessions-ended";
import { removeAccountPushSubscriptions } from "@/server/push/remove-account-push-subscriptions";
import { recordFailure, secondsUntilAllowed } from "@/server/rate-limit/failure-backoff";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";

export type ResetPasswordOptions = { input: ResetPasswordInput; ip: string };

type UsableToken = { userId: string; username: string; email: string };

/**
 * The account a reset link may still reset: the token unused and unexpired, for the address the
 * account has now, the account active (neither disabled nor deleted). Read only: opening the link (or a mail scanner fetching it)
 * spends nothing.
 */
export async function findPasswordResetToken(token: string): Promise<UsableToken | null> {
  if (!isWellFormedEmailToken(token)) return null;
  const found = await db.emailToken.findFirst({
    where: {
      tokenHash: hashEmailToken(token),
      purpose: "PASSWORD_RESET",
      usedAt: null,
      expiresAt: { gt: new Date() },
      user: { disabledAt: null, deletedAt: null },
    },
    select: { email: true, user: { select: { id: true, username: true, email: true } } },
  });
  if (!found || found.user.email !== found.email) return null;
  return { userId: found.user.id, username: found.user.username, email: found.email };
}

/**
 * Completes a reset: in one transaction the token is spent (a conditional update, so two tabs
 * cannot both use it), the password replaced, the address marked verified (the link proved it
 * reaches them) and the session version bumped, which ends every session of the account; its
 * live connections end right after. A dead link counts as a failure for the address's back-off.
 */
export async function resetPassword({ input, ip }: ResetPasswordOptions): Promise<void> {
  const keys = [`reset:ip:${ip}`];
  const wait = await secondsUntilAllowed(keys);
  if (wait > 0) throw new RateLimitedError(wait);
  const usable = await findPasswordResetToken(input.token);
  if (!usable) {
    await recordFailure(keys);
    throw new AppError("NOT_FOUND", { key: "resetLinkInvalid" });
  }
  refuseWeakPassword(input.newPassword, usable);
  const passwordHash = await hashPassword(input.newPassword);

  const reset = await db.$transaction(async (tx) => {
    const now = new Date();
    const spent = await tx.emailToken.updateMany({
      where: {
        tokenHash: hashEmailToken(input.token),
        purpose: "PASSWORD_RESET",
        usedAt: null,
        expiresAt: { gt: now },
      },
      data: { usedAt: now },
    });
    if (spent.count !== 1) return false;
    const changed = await tx.user.updateMany({
      where: { id: usable.userId, email: usable.email, disabledAt: null, deletedAt: null },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (changed.count !== 1) return false;
    await tx.user.updateMany({
      where: { id: usable.userId, emailVerifiedAt: null },
      data: { emailVerifiedAt: now },
    });
    // Delivered on commit: every app instance closes the streams of the sessions that just ended.
    await announceSessionsEnded(tx, usable.userId);
    await removeAccountPushSubscriptions(tx, usable.userId);
    return true;
  });
  if (!reset) throw new AppError("NOT_FOUND", { key: "resetLinkInvalid" });
  await endLiveSessions({ userId: usable.userId });
}

// The same policy as signup and changing the password (src/lib/validations/signup.ts).
function refuseWeakPassword(password: string, identity: { username: string; email: string }) {
  const problem = isCommonPassword(password)
    ? "passwordCommon"
    : passwordContainsIdentity(password, identity)
      ? "passwordHasIdentity"
      : null;
  if (problem) throw new AppError("UNPROCESSABLE", { key: problem, field: "newPassword" });
}
