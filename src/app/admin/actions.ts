"use server";

import { refresh } from "next/cache";
import { emptySchema, setMemberAccessSchema } from "@/lib/validations/users";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { mintInvite } from "@/server/admin/mint-invite";
import { inviteLink } from "@/server/invites/invite-link";
import { setAccountDisabled } from "@/server/users/set-account-disabled";

export const mintInviteAction = withAuthAction(emptySchema, async (_input, caller) => {
  const invite = await mintInvite({ actorId: caller.id });
  return {
    code: invite.code,
    link: inviteLink(invite.code),
    expiresAt: invite.expiresAt.toISOString(),
  };
});

export const setMemberAccessAction = withAuthAction(
  setMemberAccessSchema,
  async (input, caller) => {
    await setAccountDisabled({
      actorId: caller.id,
      userId: input.userId,
      disabled: input.intent === "disable",
    });
    refresh();
    return { disabled: input.intent === "disable" };
  },
);
