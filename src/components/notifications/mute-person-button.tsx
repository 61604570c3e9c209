"use client";

import { BellOff, BellRing } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type Result = ActionResult<{ muted: boolean }>;

type Props = {
  action: (previous: Result, formData: FormData) => Promise<Result>;
  username: string;
  displayName: string;
  muted: boolean;
};

/** Stops (or restarts) "started a room" notifications from someone the viewer follows. */
export function MutePersonButton({ action, username, displayName, muted }: Props) {
  const t = useTranslations("notifications");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const outcome = state.ok
    ? t(state.data.muted ? "mutedNow" : "unmutedNow", { name: displayName })
    : state.message;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="username" value={username} />
      <input type="hidden" name="intent" value={muted ? "unmute" : "mute"} />
      <Button type="submit" variant="ghost" size="sm" disabled={pending}>
        {muted ? (
          <BellRing aria-hidden="true" className="size-4" />
        ) : (
          <BellOff aria-hidden="true" className="size-4" />
        )}
        {muted ? t("unmute") : t("mute")}
      </Button>
      <p role="status" className="text-sm text-ink-600">
        {outcome}
      </p>
    </form>
  );
}
