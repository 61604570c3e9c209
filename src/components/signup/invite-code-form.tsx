"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type CheckResult = ActionResult<string>;

type InviteCodeFormProps = {
  action: (previous: CheckResult, formData: FormData) => Promise<CheckResult>;
};

export function InviteCodeForm({ action }: InviteCodeFormProps) {
  const [state, dispatch, pending] = useActionState(action, initialActionState);
  const submit = useSubmitWithoutReset(dispatch);
  const fieldErrors = state.ok ? {} : state.fieldErrors;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField
        label="Invite code"
        name="code"
        placeholder="ABC234-DEF567-GHJ789"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        className="rounded-lg border border-stone-300 bg-white px-3 py-2 font-mono uppercase aria-invalid:border-red-600"
        errors={fieldErrors.code ?? (state.ok || !state.message ? undefined : [state.message])}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-ember-600 px-5 py-2.5 font-semibold text-white hover:bg-ember-700 disabled:opacity-60"
      >
        {pending ? "Checking…" : "Continue"}
      </button>
    </form>
  );
}
