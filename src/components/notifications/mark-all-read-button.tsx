"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type Result = ActionResult<{ read: boolean }>;

type Props = { action: (previous: Result, formData: FormData) => Promise<Result> };

export function MarkAllReadButton({ action }: Props) {
  const t = useTranslations("notifications");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="flex items-center gap-3">
      <p role="status" className="text-sm text-ink-600">
        {state.ok ? t("allRead") : state.message}
      </p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("markAllRead")}
      </Button>
    </form>
  );
}
