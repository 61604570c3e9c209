"use server";

import { deleteAccountSchema } from "@/lib/validations/account";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { deleteAccount } from "@/server/privacy/delete-account";

// The session ends with the account; the form then signs this browser out.
export const deleteAccountAction = withAuthAction(deleteAccountSchema, async (input, caller) => {
  await deleteAccount({ actorId: caller.id, password: input.password });
  return { deleted: true };
});
