"use client";

import { useActionState, useState } from "react";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type MintResult = ActionResult<{ code: string; link: string; expiresAt: string }>;

type MintInvitePanelProps = {
  action: (previous: MintResult, formData: FormData) => Promise<MintResult>;
};

const expiry = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

/** Mints an invite and shows its code and link this once: only a hash is kept on the server. */
export function MintInvitePanel({ action }: MintInvitePanelProps) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const [copied, setCopied] = useState("");

  async function copy(link: string) {
    await navigator.clipboard.writeText(link);
    setCopied(link);
  }

  return (
    <div className="flex flex-col gap-4">
      <form action={formAction}>
        <button
          type="submit"
          disabled={pending}
          className="rounded-full bg-ember-600 px-5 py-2 font-semibold text-white hover:bg-ember-700 disabled:opacity-60"
        >
          {pending ? "Minting…" : "Mint invite"}
        </button>
      </form>
      <div aria-live="polite">
        {state.ok ? (
          <div className="flex flex-col gap-2 rounded-xl border border-ember-100 bg-ember-50 p-4">
            <p className="text-sm">
              Invite code <strong className="font-mono text-base">{state.data.code}</strong>, valid
              until {expiry.format(new Date(state.data.expiresAt))}. Copy it now: it will not be
              shown again.
            </p>
            <div className="grid items-center gap-2 sm:grid-cols-[auto_1fr_auto]">
              <label htmlFor="invite-link" className="text-sm font-semibold">
                Invite link
              </label>
              <input
                id="invite-link"
                readOnly
                value={state.data.link}
                onFocus={(event) => event.currentTarget.select()}
                className="min-w-0 rounded-lg border border-stone-300 bg-white px-3 py-1.5 font-mono text-sm"
              />
              <button
                type="button"
                onClick={() => void copy(state.data.link)}
                className="justify-self-start rounded-full border border-stone-300 bg-white px-4 py-1.5 text-sm font-semibold hover:bg-ember-100"
              >
                {copied === state.data.link ? "Copied" : "Copy link"}
              </button>
            </div>
          </div>
        ) : (
          <p className="text-sm font-medium text-red-700">{state.message}</p>
        )}
      </div>
    </div>
  );
}
