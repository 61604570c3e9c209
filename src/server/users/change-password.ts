import "server-only";
import { isCommonPassword, passwordContainsIdentity } from "@/lib/validations/signup";
import type { ChangePasswordInput } from "@/lib/validations/users";
import { endLiveSessions } from "@/server/auth/end-live-sessions";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { announceSessionsEnded } from "@/server/notifications/announce-sessions-ended";
import { removeAccountPushSubscriptions } from "@/server/push/remove-account-push-subscriptions";
import {
  clearFailures,
  recordFailure,
  secondsUntilAllowed,
} from "@/server/rate-limit/failure-backoff";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";

export type ChangePasswordOptions = { actorId: string; input: ChangePasswordInput };

/**
 * Replaces the actor's password after checking the current one, and bumps the session version so
 * every session of the account ends on its next request (the form signs this browser in again).
 * Open notification streams, voice-match calls and live-room connections end at once.
 */
export async function changePassword({ actorId, input }: ChangePasswordOptions): Promise<void> {
  // Same back-off as sign-in: a borrowed session must not become a way to guess the password.
  const keys = [`signin:account:${actorId}`];
  const wait = await secondsUntilAllowed(keys);
  if (wait > 0) throw new RateLimitedError(wait);

  const user = await db.user.findFirst({
    where: { id: actorId, disabledAt: null },
    select: { passwordHash: true, sessionVersion: true, username: true, email: true },
  });
  if (!user) throw new AppError("UNAUTHORIZED", { key: "signInToContinue" });
  refuseWeakPassword(input.newPassword, user);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordFailure(keys);
    throw new AppError("UNPROCESSABLE", {
      message: `wrong current password for ${actorId}`,
      key: "wrongCurrentPassword",
      field: "currentPassword",
    });
  }

  const passwordHash = await hashPassword(input.newPassword);
  // Conditional on the version read above, so a concurrent change or disable is not overwritten.
  const count = await db.$transaction(async (tx) => {
    const changed = await tx.user.updateMany({
      where: { id: actorId, sessionVersion: user.sessionVersion, disabledAt: null },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    // Delivered on commit: every app instance closes the streams of the sessions that just ended.
    if (changed.count !== 1) return changed.count;
    await announceSessionsEnded(tx, actorId);
    await removeAccountPushSubscriptions(tx, actorId);
    return changed.count;
  });
  if (count === 0) {
    throw new AppError("CONFLICT", {
      key: "accountChanged",
    });
  }
  await clearFailures(keys);
  await endLiveSessions({ userId: actorId });
}

// The same policy as signup (src/lib/validations/signup.ts), checked here because it needs the account.
function refuseWeakPassword(password: string, identity: { username: string; email: string }) {
  const problem = isCommonPassword(password)
    ? "passwordCommon"
    : passwordContainsIdentity(password, identity)
      ? "passwordHasIdentity"
      : null;
  if (problem) {
    throw new AppError("UNPROCESSABLE", { key: problem, field: "newPassword" });
  }
}
