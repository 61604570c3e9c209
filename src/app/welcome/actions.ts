"use server";

import { onboardingSchema } from "@/lib/validations/signup";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { completeOnboarding } from "@/server/invites/complete-onboarding";

/** Saves the welcome answers, then sends the newcomer on to the hallway. */
export const completeOnboardingAction = withAuthAction(
  onboardingSchema,
  async (input, caller) => {
    await completeOnboarding({ actorId: caller.id, ...input });
    return null;
  },
  { redirectTo: () => "/" },
);
