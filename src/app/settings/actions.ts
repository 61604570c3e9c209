"use server";

import { refresh } from "next/cache";
import { updatePreferencesSchema } from "@/lib/validations/preferences";
import { changePasswordSchema, updateProfileSchema } from "@/lib/validations/users";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { changePassword } from "@/server/users/change-password";
import { updatePreferences } from "@/server/users/update-preferences";
import { updateProfile } from "@/server/users/update-profile";

export const updateProfileAction = withAuthAction(updateProfileSchema, async (input, caller) => {
  const saved = await updateProfile({ actorId: caller.id, input });
  // The header shows the display name, so the page re-renders with the new one.
  refresh();
  return saved;
});

// No refresh here: this browser's session ended with the others until the client signs in again.
export const changePasswordAction = withAuthAction(changePasswordSchema, async (input, caller) => {
  await changePassword({ actorId: caller.id, input });
  return { username: caller.username };
});

export const updatePreferencesAction = withAuthAction(
  updatePreferencesSchema,
  async (input, caller) => {
    const saved = await updatePreferences({ actorId: caller.id, input });
    // Every string and time on the page depends on these, so it re-renders in the new language.
    refresh();
    return saved;
  },
);
