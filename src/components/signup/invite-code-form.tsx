"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type CheckResult = ActionResult<string>;

type InviteCodeFormProps = {
  action: (previous: CheckResult, formData: FormData) => Promise<CheckResult>;
};

export function InviteCodeForm({ action }: InviteCodeFormProps) {
  const t = useTranslations("signup");
  const [state, dispatch, pending] = useActionState(action, initialActionState);
  const submit = useSubmitWithoutReset(dispatch);
  const fieldErrors = state.ok ? {} : state.fieldErrors;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField
        label={t("inviteCode")}
        name="code"
        placeholder={t("inviteCodePlaceholder")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        className="font-mono uppercase"
        errors={fieldErrors.code ?? (state.ok || !state.message ? undefined : [state.message])}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("checking") : t("continue")}
      </Button>
    </form>
  );
}
