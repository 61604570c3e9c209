"use server";

import { refresh } from "next/cache";
import { createInviteSchema, revokeInviteSchema } from "@/lib/validations/invites";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { createInvite } from "@/server/invites/create-invite";
import { inviteLink } from "@/server/invites/invite-link";
import { revokeInvite } from "@/server/invites/revoke-invite";

export const createInviteAction = withAuthAction(createInviteSchema, async (_input, caller) => {
  const invite = await createInvite({ actorId: caller.id });
  refresh();
  return {
    id: invite.id,
    code: invite.code,
    link: inviteLink(invite.code),
    expiresAt: invite.expiresAt.toISOString(),
  };
});

export const revokeInviteAction = withAuthAction(revokeInviteSchema, async (input, caller) => {
  await revokeInvite({ actorId: caller.id, inviteId: input.inviteId });
  refresh();
  return { inviteId: input.inviteId };
});
