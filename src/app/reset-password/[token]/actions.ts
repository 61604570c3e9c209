"use server";

import { headers } from "next/headers";
import { resetPasswordSchema } from "@/lib/validations/account-email";
import type { ActionResult } from "@/server/actions/action-result";
import { runAction } from "@/server/actions/with-auth-action";
import { resetPassword } from "@/server/auth/reset-password";
import { clientIp } from "@/server/rate-limit/client-ip";

/** Sets the new password from a reset link; every session ends, so the person signs in afresh. */
export async function resetPasswordAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<null>> {
  const ip = clientIp(await headers());
  return runAction(
    resetPasswordSchema,
    formData,
    async (input) => {
      await resetPassword({ input, ip });
      return null;
    },
    { redirectTo: () => "/sign-in?reset=done" },
  );
}
