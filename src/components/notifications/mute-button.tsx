"use client";

import { BellOff, BellRing } from "lucide-react";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type Result = ActionResult<{ muted: boolean }>;

type Props = {
  action: (previous: Result, formData: FormData) => Promise<Result>;
  /** What the action needs to know whose notifications these are (a username, a club id). */
  fields: Record<string, string>;
  muted: boolean;
  labels: { mute: string; unmute: string; mutedNow: string; unmutedNow: string };
};

/** Stops (or restarts) room notifications from a person or a club; the outcome is announced. */
export function MuteButton({ action, fields, muted, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const outcome = state.ok
    ? state.data.muted
      ? labels.mutedNow
      : labels.unmutedNow
    : state.message;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="intent" value={muted ? "unmute" : "mute"} />
      <Button type="submit" variant="ghost" size="sm" disabled={pending}>
        {muted ? (
          <BellRing aria-hidden="true" className="size-4" />
        ) : (
          <BellOff aria-hidden="true" className="size-4" />
        )}
        {muted ? labels.unmute : labels.mute}
      </Button>
      <p role="status" className="text-sm text-ink-600">
        {outcome}
      </p>
    </form>
  );
}
