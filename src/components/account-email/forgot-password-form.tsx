"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/server/actions/action-result";

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, so it
 * is worded as "if": the page never tells a stranger who is a member.
 */
export function ForgotPasswordForm({ action }: { action: FormAction<{ requested: true }> }) {
  const t = useTranslations("accountEmail");
  const [state, dispatch, pending] = useActionState(action, undefined);
  const submit = useSubmitWithoutReset(dispatch);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField
        label={t("emailLabel")}
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={fieldErrors.email}
      />
      {/* One reserved line for either outcome: a refusal (alert) or the same answer for any address. */}
      <div className="flex flex-col">
        <FormStatus state={state} />
        <p role="status" className="text-sm font-medium text-emerald-800">
          {state?.ok ? t("resetRequested") : ""}
        </p>
      </div>
      <Button type="submit" variant="dark" disabled={pending}>
        {pending ? t("sendingResetLink") : t("sendResetLink")}
      </Button>
    </form>
  );
}
