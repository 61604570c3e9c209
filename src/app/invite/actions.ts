"use server";

import { headers } from "next/headers";
import { formatInviteCode } from "@/lib/invite-code";
import { inviteCodeSchema } from "@/lib/validations/invites";
import { withPublicAction } from "@/server/actions/with-auth-action";
import { clientIp } from "@/server/rate-limit/client-ip";
import { findRedeemableInvite } from "@/server/invites/find-redeemable-invite";

/** Checks a typed code (throttled like a redemption) and opens its invite page. */
export const checkInviteCodeAction = withPublicAction(
  inviteCodeSchema,
  async ({ code }) => {
    await findRedeemableInvite({ code, ip: clientIp(await headers()), via: "code" });
    return formatInviteCode(code);
  },
  { redirectTo: (code) => `/invite/${code}` },
);
