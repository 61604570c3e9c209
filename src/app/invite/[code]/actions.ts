"use server";

import { headers } from "next/headers";
import { signupSchema } from "@/lib/validations/signup";
import type { ActionResult } from "@/server/actions/action-result";
import { runAction } from "@/server/actions/with-auth-action";
import { findActionLocale } from "@/server/i18n/request-locale";
import { clientIp } from "@/server/rate-limit/client-ip";
import { redeemInvite } from "@/server/invites/redeem-invite";
import { sendVerificationEmail } from "@/server/users/send-verification-email";

/**
 * Creates the newcomer's account and mails a link confirming their address (docs/email.md); the
 * form then signs them in with the password they chose.
 */
export async function redeemInviteAction(
  _previous: ActionResult<{ userId: string }>,
  formData: FormData,
): Promise<ActionResult<{ userId: string }>> {
  const ip = clientIp(await headers());
  const locale = await findActionLocale();
  return runAction(signupSchema, formData, async (input) => {
    const { userId } = await redeemInvite({ ...input, ip });
    // The account exists now: a failure here must not read as a failed sign-up (they can resend).
    await sendVerificationEmail({ userId, locale, isResend: false }).catch((error: unknown) => {
      console.warn(`verification email for ${userId} not sent`, error);
    });
    return { userId };
  });
}
