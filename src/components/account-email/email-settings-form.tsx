"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { FormFooter } from "@/components/settings/form-footer";
import { Label } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import type { FormAction } from "@/server/actions/action-result";

type EmailSettingsFormProps = {
  action: FormAction<{ emailWhenLive: boolean }>;
  emailWhenLive: boolean;
  isVerified: boolean;
};

/** "Email me when someone I follow starts a room": off by default, only for a confirmed address. */
export function EmailSettingsForm({ action, emailWhenLive, isVerified }: EmailSettingsFormProps) {
  const t = useTranslations("accountEmail");
  const common = useTranslations("common");
  const [state, dispatch, pending] = useActionState(action, undefined);
  const submit = useSubmitWithoutReset(dispatch);
  const id = useId();
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <div className="flex items-start gap-3">
        <Switch
          id={`${id}-live`}
          name="emailWhenLive"
          value="on"
          defaultChecked={emailWhenLive}
          aria-describedby={`${id}-live-hint`}
          className="mt-0.5"
        />
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-live`}>{t("emailWhenLive")}</Label>
          <p id={`${id}-live-hint`} className="text-xs text-ink-600">
            {isVerified ? t("emailWhenLiveHint") : t("emailWhenLiveNeedsConfirmation")}
          </p>
        </div>
      </div>
      <FormFooter
        pending={pending}
        label={t("saveEmailSettings")}
        pendingLabel={common("saving")}
        ok={state?.ok ?? false}
        message={state ? (state.ok ? t("emailSettingsSaved") : state.message) : ""}
      />
    </form>
  );
}
