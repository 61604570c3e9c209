"use server";

import { signOutEverywhereSchema } from "@/lib/validations/account";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { signOutEverywhere } from "@/server/auth/sign-out-everywhere";

// Every session of the account ends, this browser's too; the button then signs it out here.
export const signOutEverywhereAction = withAuthAction(
  signOutEverywhereSchema,
  async (_input, caller) => {
    await signOutEverywhere({ actorId: caller.id });
    return { signedOut: true };
  },
);
