"use server";

import { refresh } from "next/cache";
import { setBlockSchema } from "@/lib/validations/reports";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { blockUser } from "@/server/users/block-user";
import { unblockUser } from "@/server/users/unblock-user";

// Block or unblock from a profile; the page re-renders (blocking removes follows both ways).
export const setBlockAction = withAuthAction(setBlockSchema, async (input, caller) => {
  const options = { actorId: caller.id, username: input.username };
  if (input.intent === "block") await blockUser(options);
  else await unblockUser(options);
  refresh();
  return { blocked: input.intent === "block" };
});
