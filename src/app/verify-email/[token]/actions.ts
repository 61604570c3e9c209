"use server";

import { headers } from "next/headers";
import { confirmEmailSchema } from "@/lib/validations/account-email";
import type { ActionResult } from "@/server/actions/action-result";
import { runAction } from "@/server/actions/with-auth-action";
import { confirmEmail } from "@/server/users/confirm-email";
import { clientIp } from "@/server/rate-limit/client-ip";

/** Confirms an address from its link; the link is the permission, so no session is needed. */
export async function confirmEmailAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<null>> {
  const ip = clientIp(await headers());
  return runAction(confirmEmailSchema, formData, async (input) => {
    await confirmEmail({ input, ip });
    return null;
  });
}
