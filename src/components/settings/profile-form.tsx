"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { BioField } from "@/components/settings/bio-field";
import { FormFooter } from "@/components/settings/form-footer";
import { TopicsField } from "@/components/settings/topics-field";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { DISPLAY_NAME_MAX } from "@/lib/validations/users";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";
import type { OwnSettings } from "@/server/users/find-own-settings";

type ProfileResult = ActionResult<{ username: string; displayName: string }>;

type ProfileFormProps = {
  action: (previous: ProfileResult, formData: FormData) => Promise<ProfileResult>;
  settings: OwnSettings;
};

export function ProfileForm({ action, settings }: ProfileFormProps) {
  const [state, dispatch, pending] = useActionState(action, initialActionState);
  const submit = useSubmitWithoutReset(dispatch);
  const fieldErrors = state.ok ? {} : state.fieldErrors;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField
        label="Display name"
        name="displayName"
        defaultValue={settings.displayName}
        maxLength={DISPLAY_NAME_MAX}
        autoComplete="name"
        required
        errors={fieldErrors.displayName}
      />
      <BioField defaultValue={settings.bio} errors={fieldErrors.bio} />
      <TopicsField selected={settings.topics} errors={fieldErrors.topics} />
      <FormFooter
        pending={pending}
        label="Save profile"
        pendingLabel="Saving…"
        ok={state.ok}
        message={state.ok ? "Profile saved." : state.message}
      />
    </form>
  );
}
