import "server-only";
import { createHash } from "node:crypto";
import type { Locale } from "@/i18n/locales";
import { db } from "@/server/db";
import { createEmailToken } from "@/server/email/email-token";
import { buildPasswordResetEmail } from "@/server/email/password-reset-email";
import { isEmailEnabled, sendEmailInBackground } from "@/server/email/send-email";
import { AppError } from "@/server/errors";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";

export type RequestPasswordResetOptions = {
  email: string;
  ip: string;
  /** The language of the page that asked: the email's, unless the member chose one. */
  locale: Locale;
};

// Per address (IP): enough for a family behind one router, too few to probe many accounts.
const PER_IP = { limit: 10, windowMs: 15 * 60 * 1000 };
// Per email address: a few links an hour; past that the request is answered the same, silently.
const PER_ADDRESS = { limit: 3, windowMs: 60 * 60 * 1000 };

/**
 * "Forgot password": mails a single-use 30-minute reset link to the address if an active account
 * uses it. The caller learns nothing either way: every request that passes the per-IP throttle
 * gets the same answer, the per-address cap is silent, and the email is sent after the answer,
 * so neither the SMTP server's speed nor its refusal shows in the response.
 */
export async function requestPasswordReset(options: RequestPasswordResetOptions): Promise<void> {
  if (!isEmailEnabled()) throw new AppError("CONFLICT", { key: "emailNotConfigured" });
  await consumeRateLimit({
    key: `reset:ip:${options.ip}`,
    ...PER_IP,
    messageKey: "tooManyResetRequests",
  });
  const email = options.email;
  if (!(await withinAddressCap(email))) return;

  const user = await db.user.findFirst({
    // A deleted account stays a tombstone, disabled; both are checked, so re-enabling one never
    // makes its address resettable.
    where: { email, disabledAt: null, deletedAt: null },
    select: { id: true, displayName: true, username: true, locale: true },
  });
  if (!user) return;
  const token = await createEmailToken(db, { userId: user.id, email, purpose: "PASSWORD_RESET" });
  sendEmailInBackground("password reset", () =>
    buildPasswordResetEmail({
      to: email,
      locale: user.locale ?? options.locale,
      displayName: user.displayName,
      username: user.username,
      token,
    }),
  );
}

/** Counts a request for this address; false once it had its few links this hour. */
async function withinAddressCap(email: string): Promise<boolean> {
  // Hashed, so the throttle table holds no list of addresses people typed.
  const key = `reset:email:${createHash("sha256").update(email).digest("hex")}`;
  try {
    await consumeRateLimit({ key, ...PER_ADDRESS, messageKey: "tooManyResetRequests" });
    return true;
  } catch (error) {
    if (error instanceof RateLimitedError) return false;
    throw error;
  }
}
