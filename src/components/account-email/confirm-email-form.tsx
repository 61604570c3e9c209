"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/server/actions/action-result";

/**
 * One button that confirms the address. Opening the link changes nothing (mail scanners fetch
 * links); pressing the button does.
 */
export function ConfirmEmailForm({ action, token }: { action: FormAction<null>; token: string }) {
  const t = useTranslations("accountEmail");
  const [state, dispatch, pending] = useActionState(action, undefined);
  const submit = useSubmitWithoutReset(dispatch);
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="font-medium text-emerald-800">
          {t("emailConfirmed")}
        </p>
        <Button asChild variant="dark" className="self-start">
          <Link href="/">{t("toHallway")}</Link>
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <FormStatus state={state} />
      <Button type="submit" variant="dark" disabled={pending} className="self-start">
        {pending ? t("confirming") : t("confirmEmail")}
      </Button>
    </form>
  );
}
