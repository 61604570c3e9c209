"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type RevokeResult = ActionResult<{ inviteId: string }>;

type RevokeInviteButtonProps = {
  action: (previous: RevokeResult, formData: FormData) => Promise<RevokeResult>;
  inviteId: string;
  codePrefix: string;
};

/** Withdraws one unused invite; the list re-renders with its new status and the allowance. */
export function RevokeInviteButton({ action, inviteId, codePrefix }: RevokeInviteButtonProps) {
  const t = useTranslations("invites");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="flex items-center justify-end gap-2">
      <input type="hidden" name="inviteId" value={inviteId} />
      <p role="status" className="text-xs text-red-700">
        {state.ok ? "" : state.message}
      </p>
      <Button
        type="submit"
        variant="dangerOutline"
        size="sm"
        disabled={pending}
        aria-label={t("revokeInvite", { code: codePrefix })}
      >
        {pending ? t("revoking") : t("revoke")}
      </Button>
    </form>
  );
}
