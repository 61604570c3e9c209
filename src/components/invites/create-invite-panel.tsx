"use client";

import { useActionState, useId } from "react";
import { CopyButton } from "@/components/invites/copy-button";
import { initialActionState, type ActionResult } from "@/server/actions/action-result";

type CreateResult = ActionResult<{ code: string; link: string; expiresAt: string }>;

type CreateInvitePanelProps = {
  action: (previous: CreateResult, formData: FormData) => Promise<CreateResult>;
  canCreate: boolean;
};

const expiry = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

/** Creates an invite and shows its code and link this once: the server keeps only a hash. */
export function CreateInvitePanel({ action, canCreate }: CreateInvitePanelProps) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const linkId = useId();

  return (
    <div className="flex flex-col gap-4">
      <form action={formAction}>
        <button
          type="submit"
          disabled={pending || !canCreate}
          className="rounded-full bg-ember-600 px-5 py-2 font-semibold text-white hover:bg-ember-700 disabled:opacity-60"
        >
          {pending ? "Creating…" : "Create an invite"}
        </button>
      </form>
      <div aria-live="polite">
        {state.ok ? (
          <div className="flex flex-col gap-3 rounded-xl border border-ember-100 bg-ember-50 p-4">
            <p className="text-sm">
              Invite code <strong className="font-mono text-base">{state.data.code}</strong>, valid
              until {expiry.format(new Date(state.data.expiresAt))}.{" "}
              <strong>Copy it now: it will not be shown again.</strong>
            </p>
            <div className="flex flex-col gap-1">
              <label htmlFor={linkId} className="text-sm font-semibold">
                Share link
              </label>
              <input
                id={linkId}
                readOnly
                value={state.data.link}
                onFocus={(event) => event.currentTarget.select()}
                className="rounded-lg border border-stone-300 bg-white px-3 py-1.5 font-mono text-sm"
              />
            </div>
            <CopyButton text={state.data.link} label="Copy link" />
          </div>
        ) : (
          <p role="alert" className="text-sm font-medium text-red-700">
            {state.message}
          </p>
        )}
      </div>
    </div>
  );
}
