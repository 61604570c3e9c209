"use client";

import { Ban } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ReportDialog } from "@/components/reports/report-dialog";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import { useBlockAction } from "./person-actions-context";

type PersonSafetyProps = { username: string; name: string };

/** Report and Block, in a person's card: the same report and block their profile offers. */
export function PersonSafety({ username, name }: PersonSafetyProps) {
  const t = useTranslations("reports");
  const blockAction = useBlockAction();
  const [blocked, setBlocked] = useState(false);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState("");

  async function toggleBlock() {
    if (!blockAction) return;
    setPending(true);
    const form = new FormData();
    form.set("username", username);
    form.set("intent", blocked ? "unblock" : "block");
    const result = await blockAction(initialActionState, form);
    setPending(false);
    if (!result.ok) {
      setStatus(result.message);
      return;
    }
    setBlocked(result.data.blocked);
    setStatus(t(result.data.blocked ? "blockedNow" : "unblockedNow", { name }));
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <ReportDialog
          subject={{ kind: "PERSON", username }}
          title={t("dialogTitlePerson", { name })}
          triggerLabel={t("reportPerson", { name })}
        />
        {blockAction && (
          <Button
            variant={blocked ? "secondary" : "dangerOutline"}
            size="sm"
            disabled={pending}
            onClick={() => void toggleBlock()}
          >
            <Ban aria-hidden="true" />
            {blocked ? t("unblock") : t("block")}
          </Button>
        )}
      </div>
      <p role="status" className="text-sm text-ink-600 empty:hidden">
        {status}
      </p>
    </div>
  );
}
