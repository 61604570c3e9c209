import "server-only";
import { db } from "@/server/db";
import { createEmailToken } from "@/server/email/email-token";
import { isEmailEnabled, sendEmailInBackground } from "@/server/email/send-email";
import { buildVerificationEmail } from "@/server/email/verification-email";
import { AppError } from "@/server/errors";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";

export type SendVerificationEmailOptions = {
  userId: string;
  /** The language of the page that asked, when the member has not chosen one. */
  locale: string;
  /** A member pressing "send again" (throttled); sign-up sends the first one unthrottled. */
  isResend: boolean;
};

export const VERIFICATION_RESENDS_PER_HOUR = 3;

/**
 * Mails a link confirming the member's current address, unless it is confirmed already (or email
 * is off). The link is minted here; the email leaves after the answer (sendEmailInBackground).
 * Returns whether a link was sent.
 */
export async function sendVerificationEmail(
  options: SendVerificationEmailOptions,
): Promise<boolean> {
  if (!isEmailEnabled()) {
    if (options.isResend) throw new AppError("CONFLICT", { key: "emailNotConfigured" });
    return false;
  }
  if (options.isResend) {
    await consumeRateLimit({
      key: `verify:user:${options.userId}`,
      limit: VERIFICATION_RESENDS_PER_HOUR,
      windowMs: 60 * 60 * 1000,
      messageKey: "tooManyVerificationEmails",
    });
  }
  const user = await db.user.findFirst({
    where: { id: options.userId, disabledAt: null, emailVerifiedAt: null },
    select: { id: true, email: true, displayName: true, locale: true },
  });
  if (!user) return false;
  const token = await createEmailToken(db, {
    userId: user.id,
    email: user.email,
    purpose: "VERIFY_EMAIL",
  });
  sendEmailInBackground("address verification", () =>
    buildVerificationEmail({
      to: user.email,
      locale: user.locale ?? options.locale,
      displayName: user.displayName,
      token,
    }),
  );
  return true;
}
