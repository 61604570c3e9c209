"use server";

import { headers } from "next/headers";
import { signupSchema } from "@/lib/validations/signup";
import type { ActionResult } from "@/server/actions/action-result";
import { runAction } from "@/server/actions/with-auth-action";
import { clientIp } from "@/server/rate-limit/client-ip";
import { redeemInvite } from "@/server/invites/redeem-invite";

/** Creates the newcomer's account; the form then signs them in with the password they chose. */
export async function redeemInviteAction(
  _previous: ActionResult<{ userId: string }>,
  formData: FormData,
): Promise<ActionResult<{ userId: string }>> {
  const ip = clientIp(await headers());
  return runAction(signupSchema, formData, async (input) => {
    const { userId } = await redeemInvite({ ...input, ip });
    return { userId };
  });
}
