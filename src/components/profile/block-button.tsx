"use client";

import { Ban } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type Result = ActionResult<{ blocked: boolean }>;

type BlockButtonProps = {
  action: (previous: Result, formData: FormData) => Promise<Result>;
  username: string;
  displayName: string;
  blocked: boolean;
};

/** Block or Unblock on a profile; the outcome is announced in a status line. */
export function BlockButton({ action, username, displayName, blocked }: BlockButtonProps) {
  const t = useTranslations("reports");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const outcome = state.ok
    ? t(state.data.blocked ? "blockedNow" : "unblockedNow", { name: displayName })
    : state.message;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="username" value={username} />
      <input type="hidden" name="intent" value={blocked ? "unblock" : "block"} />
      <Button
        type="submit"
        variant={blocked ? "secondary" : "dangerOutline"}
        size="sm"
        disabled={pending}
      >
        <Ban aria-hidden="true" />
        {blocked ? t("unblock") : t("block")}
      </Button>
      <p role="status" className="text-sm text-ink-600">
        {outcome}
      </p>
    </form>
  );
}
