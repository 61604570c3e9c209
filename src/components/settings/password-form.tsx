"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { TextField } from "@/components/forms/text-field";
import { readPushState } from "@/components/push/push-subscription";
import { FormFooter } from "@/components/settings/form-footer";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { formText } from "@/lib/form-data";
import { PASSWORD_MIN } from "@/lib/validations/users";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type PasswordResult = ActionResult<{ username: string }>;

type PasswordFormProps = {
  action: (previous: PasswordResult, formData: FormData) => Promise<PasswordResult>;
  username: string;
};

/**
 * Changing the password ends every session, this one included; signing in again with the new
 * password right away keeps this browser signed in while the others stay signed out.
 */
export function PasswordForm({ action, username }: PasswordFormProps) {
  const t = useTranslations("settings");
  const form = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState(
    async (previous: PasswordResult, formData: FormData): Promise<PasswordResult> => {
      const result = await action(previous, formData);
      if (!result.ok) return result;
      const password = formText(formData, "newPassword");
      const signedIn = await signIn("credentials", {
        identifier: username,
        password,
        redirect: false,
      });
      if (!signedIn?.ok) {
        return { ok: false, message: t("passwordChangedSignInAgain"), fieldErrors: {} };
      }
      form.current?.reset();
      // The change forgot every push subscription of the account; this browser, still theirs,
      // gives its own back.
      void readPushState().catch(() => undefined);
      return result;
    },
    initialActionState,
  );
  const submit = useSubmitWithoutReset(dispatch);
  const fieldErrors = state.ok ? {} : state.fieldErrors;
  return (
    <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-4">
      {/* Lets password managers pair the new password with this account. */}
      <input type="hidden" name="username" value={username} autoComplete="username" readOnly />
      <TextField
        label={t("currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors.currentPassword}
      />
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
      <FormFooter
        pending={pending}
        label={t("changePassword")}
        pendingLabel={t("changingPassword")}
        ok={state.ok}
        message={state.ok ? t("passwordChanged") : state.message}
      />
    </form>
  );
}
