"use client";

import { useActionState } from "react";
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
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="flex items-center justify-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="intent" value={isDisabled ? "enable" : "disable"} />
      <p role="status" className="text-xs text-red-700">
        {state.ok ? "" : state.message}
      </p>
      <button
        type="submit"
        disabled={pending}
        className={
          isDisabled
            ? "rounded-full border border-stone-300 bg-white px-3 py-1 text-sm font-semibold hover:bg-ember-50 disabled:opacity-60"
            : "rounded-full border border-red-300 bg-white px-3 py-1 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60"
        }
      >
        {isDisabled ? "Re-enable" : "Disable"}
        <span className="sr-only"> {displayName}</span>
      </button>
    </form>
  );
}
