"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";
import { ConfirmDisableDialog } from "./confirm-disable-dialog";

type AccessResult = ActionResult<{ disabled: boolean }>;

type MemberAccessButtonProps = {
  action: (previous: AccessResult, formData: FormData) => Promise<AccessResult>;
  userId: string;
  displayName: string;
  isDisabled: boolean;
};

/**
 * Disable or re-enable one account; the table re-renders with its new state. Disabling signs the
 * member out everywhere at once, so it asks first; re-enabling undoes nothing harmful and does not.
 */
export function MemberAccessButton({
  action,
  userId,
  displayName,
  isDisabled,
}: MemberAccessButtonProps) {
  const t = useTranslations("admin");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const fields = (
    <>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="intent" value={isDisabled ? "enable" : "disable"} />
    </>
  );
  const status = (
    <p role="status" className="text-xs text-red-700">
      {state.ok ? "" : state.message}
    </p>
  );

  if (isDisabled) {
    return (
      <form action={formAction} className="flex items-center justify-end gap-2">
        {fields}
        {status}
        <Button
          type="submit"
          size="sm"
          variant="secondary"
          disabled={pending}
          aria-label={t("reEnableMember", { name: displayName })}
        >
          {t("reEnable")}
        </Button>
      </form>
    );
  }
  return (
    <div className="flex items-center justify-end gap-2">
      {status}
      <ConfirmDisableDialog
        name={displayName}
        trigger={
          <Button
            size="sm"
            variant="dangerOutline"
            aria-label={t("disableMember", { name: displayName })}
          >
            {t("disable")}
          </Button>
        }
        fields={fields}
        pending={pending}
        // A failure shows beside the button, the success as the row.
        onConfirm={formAction}
      />
    </div>
  );
}
