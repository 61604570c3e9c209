"use server";

import { redirect } from "next/navigation";
import { onboardingSchema } from "@/lib/validations/signup";
import type { ActionResult } from "@/server/actions/action-result";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { completeOnboarding } from "@/server/invites/complete-onboarding";

const saveOnboarding = withAuthAction(onboardingSchema, async (input, caller) => {
  await completeOnboarding({ actorId: caller.id, ...input });
  return null;
});

/** Saves the welcome answers, then sends the newcomer on to the hallway. */
export async function completeOnboardingAction(
  previous: ActionResult<null>,
  formData: FormData,
): Promise<ActionResult<null>> {
  const result = await saveOnboarding(previous, formData);
  // redirect() throws, so it happens after the wrapper has mapped any failure to a message.
  if (result.ok) redirect("/");
  return result;
}
