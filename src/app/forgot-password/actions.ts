"use server";

import { headers } from "next/headers";
import { requestPasswordResetSchema } from "@/lib/validations/account-email";
import type { ActionResult } from "@/server/actions/action-result";
import { runAction } from "@/server/actions/with-auth-action";
import { requestPasswordReset } from "@/server/auth/request-password-reset";
import { findActionLocale } from "@/server/i18n/request-locale";
import { clientIp } from "@/server/rate-limit/client-ip";

/** "Forgot password": the same answer whether or not the address has an account. */
export async function requestPasswordResetAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ requested: true }>> {
  const ip = clientIp(await headers());
  const locale = await findActionLocale();
  return runAction(requestPasswordResetSchema, formData, async (input) => {
    await requestPasswordReset({ email: input.email, ip, locale });
    return { requested: true as const };
  });
}
