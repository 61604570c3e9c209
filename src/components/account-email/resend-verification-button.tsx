"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { FormAction } from "@/server/actions/action-result";

/** "Send the link again", with its outcome said beside it (sent, or how long to wait). */
export function ResendVerificationButton({ action }: { action: FormAction<{ sent: boolean }> }) {
  const t = useTranslations("accountEmail");
  const [state, dispatch, pending] = useActionState(action, undefined);
  const submit = useSubmitWithoutReset(dispatch);
  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-3">
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        {pending ? t("resending") : t("resendLink")}
      </Button>
      <p
        role="status"
        className={cn("text-sm font-medium", state?.ok ? "text-emerald-800" : "text-red-700")}
      >
        {state ? (state.ok ? t("linkResent") : state.message) : ""}
      </p>
    </form>
  );
}
