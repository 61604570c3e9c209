"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { BioField } from "@/components/settings/bio-field";
import { LinksField } from "@/components/settings/links-field";
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
  const t = useTranslations("settings");
  const common = useTranslations("common");
  const [state, dispatch, pending] = useActionState(action, initialActionState);
  const submit = useSubmitWithoutReset(dispatch);
  const fieldErrors = state.ok ? {} : state.fieldErrors;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField
        label={t("displayName")}
        name="displayName"
        defaultValue={settings.displayName}
        maxLength={DISPLAY_NAME_MAX}
        autoComplete="name"
        required
        errors={fieldErrors.displayName}
      />
      <BioField defaultValue={settings.bio} errors={fieldErrors.bio} />
      <LinksField defaultValues={settings.links} errors={fieldErrors} />
      <TopicsField selected={settings.topics} errors={fieldErrors.topics} />
      <FormFooter
        pending={pending}
        label={t("saveProfile")}
        pendingLabel={common("saving")}
        ok={state.ok}
        message={state.ok ? t("profileSaved") : state.message}
      />
    </form>
  );
}
