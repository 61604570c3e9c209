"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type AccessResult = ActionResult<{ disabled: boolean }>;

type MemberAccessButtonProps = {
  action: (previous: AccessResult, formData: FormData) => Promise<AccessResult>;
  userId: string;
  displayName: string;
  isDisabled: boolean;
};

/** Disable or re-enable one account; the table re-renders with its new state. */
export function MemberAccessButton({
  action,
  userId,
  displayName,
  isDisabled,
}: MemberAccessButtonProps) {
  const t = useTranslations("admin");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="flex items-center justify-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="intent" value={isDisabled ? "enable" : "disable"} />
      <p role="status" className="text-xs text-red-700">
        {state.ok ? "" : state.message}
      </p>
      <Button
        type="submit"
        size="sm"
        variant={isDisabled ? "secondary" : "dangerOutline"}
        disabled={pending}
        aria-label={
          isDisabled
            ? t("reEnableMember", { name: displayName })
            : t("disableMember", { name: displayName })
        }
      >
        {isDisabled ? t("reEnable") : t("disable")}
      </Button>
    </form>
  );
}
