"use client";

import { useActionState } from "react";
import { initialActionState, type ActionResult } from "@/server/actions/action-result";

type RevokeResult = ActionResult<{ inviteId: string }>;

type RevokeInviteButtonProps = {
  action: (previous: RevokeResult, formData: FormData) => Promise<RevokeResult>;
  inviteId: string;
  codePrefix: string;
};

/** Withdraws one unused invite; the list re-renders with its new status and the allowance. */
export function RevokeInviteButton({ action, inviteId, codePrefix }: RevokeInviteButtonProps) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="flex items-center justify-end gap-2">
      <input type="hidden" name="inviteId" value={inviteId} />
      <p role="status" className="text-xs text-red-700">
        {state.ok ? "" : state.message}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-full border border-red-300 bg-white px-3 py-1 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60"
      >
        {pending ? "Revoking…" : "Revoke"}
        <span className="sr-only"> invite {codePrefix}</span>
      </button>
    </form>
  );
}
