"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formatInviteCode } from "@/lib/invite-code";
import { inviteCodeSchema } from "@/lib/validations/invites";
import type { ActionResult } from "@/server/actions/action-result";
import { runAction } from "@/server/actions/with-auth-action";
import { clientIp } from "@/server/rate-limit/client-ip";
import { findRedeemableInvite } from "@/server/invites/find-redeemable-invite";

/** Checks a typed code (throttled like a redemption) and opens its invite page. */
export async function checkInviteCodeAction(
  _previous: ActionResult<string>,
  formData: FormData,
): Promise<ActionResult<string>> {
  const ip = clientIp(await headers());
  const result = await runAction(inviteCodeSchema, formData, async ({ code }) => {
    await findRedeemableInvite({ code, ip });
    return formatInviteCode(code);
  });
  // redirect() throws, so it must happen outside runAction, which turns throws into messages.
  if (result.ok) redirect(`/invite/${result.data}`);
  return result;
}
