"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
} from "@/components/ui/dialog";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

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
  const tCommon = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const [confirming, setConfirming] = useState(false);
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
      <Dialog open={confirming} onOpenChange={setConfirming}>
        <DialogTrigger asChild>
          <Button
            size="sm"
            variant="dangerOutline"
            aria-label={t("disableMember", { name: displayName })}
          >
            {t("disable")}
          </Button>
        </DialogTrigger>
        <DialogContent
          title={t("confirmDisableTitle", { name: displayName })}
          description={t("confirmDisableBody")}
        >
          <form
            action={(formData) => {
              // Closed as it submits: a failure shows beside the button, the success as the row.
              setConfirming(false);
              formAction(formData);
            }}
          >
            {fields}
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="secondary">{tCommon("cancel")}</Button>
              </DialogClose>
              <Button type="submit" variant="danger" disabled={pending}>
                {t("confirmDisable")}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </div>
  );
}
