import "server-only";
import type { ConfirmEmailInput } from "@/lib/validations/account-email";
import { db } from "@/server/db";
import { hashEmailToken, isWellFormedEmailToken } from "@/server/email/email-token";
import { AppError } from "@/server/errors";
import { recordFailure, secondsUntilAllowed } from "@/server/rate-limit/failure-backoff";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";

export type ConfirmEmailOptions = { input: ConfirmEmailInput; ip: string };

/**
 * Confirms an address from its mailed link: the token is spent and the account marked verified in
 * one statement each, inside one transaction, and only while the account still has the address
 * the link was sent to. A dead link counts toward the address's back-off like a bad reset link.
 */
export async function confirmEmail({ input, ip }: ConfirmEmailOptions): Promise<void> {
  const keys = [`verify:ip:${ip}`];
  const wait = await secondsUntilAllowed(keys);
  if (wait > 0) throw new RateLimitedError(wait);
  const confirmed =
    isWellFormedEmailToken(input.token) &&
    (await db.$transaction(async (tx) => {
      const now = new Date();
      const [spent] = await tx.emailToken.updateManyAndReturn({
        where: {
          tokenHash: hashEmailToken(input.token),
          purpose: "VERIFY_EMAIL",
          usedAt: null,
          expiresAt: { gt: now },
        },
        data: { usedAt: now },
        select: { userId: true, email: true },
      });
      if (!spent) return false;
      const verified = await tx.user.updateMany({
        where: { id: spent.userId, email: spent.email, disabledAt: null },
        data: { emailVerifiedAt: now },
      });
      return verified.count === 1;
    }));
  if (!confirmed) {
    await recordFailure(keys);
    throw new AppError("NOT_FOUND", { key: "verifyLinkInvalid" });
  }
}
