"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { Button } from "@/components/ui/button";
import { PASSWORD_MIN } from "@/lib/validations/users";
import type { FormAction } from "@/server/actions/action-result";

type ResetPasswordFormProps = { action: FormAction<null>; token: string; username: string };

/** The new password, twice; on success the action sends the browser to sign in with it. */
export function ResetPasswordForm({ action, token, username }: ResetPasswordFormProps) {
  const t = useTranslations("accountEmail");
  const [state, dispatch, pending] = useActionState(action, undefined);
  const submit = useSubmitWithoutReset(dispatch);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers pair the new password with this account. */}
      <input type="hidden" name="username" value={username} autoComplete="username" readOnly />
      <TextField
        label={t("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={t("newPasswordHint", { min: PASSWORD_MIN })}
        minLength={PASSWORD_MIN}
        required
        errors={fieldErrors.newPassword}
      />
      <TextField
        label={t("confirmPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={fieldErrors.confirmPassword}
      />
      <FormStatus state={state} />
      <Button type="submit" variant="dark" disabled={pending}>
        {pending ? t("settingPassword") : t("setPassword")}
      </Button>
    </form>
  );
}
