"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import type { FormAction } from "@/server/actions/action-result";

export function AddInviteesForm({
  roomId,
  action: addInvitees,
}: {
  roomId: string;
  action: FormAction<unknown>;
}) {
  const [state, action, pending] = useActionState(addInvitees, undefined);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="roomId" value={roomId} />
      <TextField
        label="Add people"
        name="invitees"
        hint="Usernames, separated by commas."
        errors={state && !state.ok ? state.fieldErrors.invitees : undefined}
      />
      <FormStatus state={state} />
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded-full bg-ink-900 px-4 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
      >
        Add
      </button>
    </form>
  );
}
