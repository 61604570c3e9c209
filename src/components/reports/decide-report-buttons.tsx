"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ConfirmDisableDialog } from "@/components/admin/confirm-disable-dialog";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type Decided = ActionResult<{ status: "DISMISSED" | "WARNED" | "DISABLED" | "OPEN" }>;

type DecideReportButtonsProps = {
  action: (previous: Decided, formData: FormData) => Promise<Decided>;
  reportId: string;
  targetName: string;
  /** Already disabled, or an admin (admins are not disabled from the queue): no Disable button. */
  canDisable: boolean;
};

/**
 * Dismiss, Warn and Disable account for one report. The queue re-renders without it once decided,
 * so the outcome is announced as a toast (which outlives the row); disabling asks first.
 */
export function DecideReportButtons({
  action,
  reportId,
  targetName,
  canDisable,
}: DecideReportButtonsProps) {
  const t = useTranslations("reports");
  const toast = useToast();
  const [state, formAction, pending] = useActionState(
    async (previous: Decided, formData: FormData) => {
      const result = await action(previous, formData);
      if (result.ok && result.data.status !== "OPEN") {
        toast({ title: t(`decided_${result.data.status}`) });
      }
      return result;
    },
    initialActionState,
  );
  const reportField = <input type="hidden" name="reportId" value={reportId} />;

  return (
    <div className="flex flex-col gap-2">
      <div
        role="group"
        aria-label={t("decisionLabel", { name: targetName })}
        className="flex flex-wrap items-center gap-2"
      >
        <form action={formAction} className="flex flex-wrap items-center gap-2">
          {reportField}
          <Button
            type="submit"
            name="decision"
            value="dismiss"
            variant="secondary"
            size="sm"
            disabled={pending}
          >
            {t("dismiss")}
          </Button>
          <Button
            type="submit"
            name="decision"
            value="warn"
            variant="primary"
            size="sm"
            disabled={pending}
          >
            {t("warn")}
          </Button>
        </form>
        {canDisable && (
          <ConfirmDisableDialog
            name={targetName}
            trigger={
              <Button variant="dangerOutline" size="sm" disabled={pending}>
                {t("disable")}
              </Button>
            }
            fields={
              <>
                {reportField}
                <input type="hidden" name="decision" value="disable" />
              </>
            }
            pending={pending}
            // A failure shows under the buttons, success as a toast.
            onConfirm={formAction}
          />
        )}
      </div>
      <p role="status" className="text-sm text-red-700">
        {state.ok ? "" : state.message}
      </p>
    </div>
  );
}
