"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/server/actions/action-result";

type ClubAction = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

type Props = {
  action: ClubAction;
  fields: Record<string, string>;
  children: ReactNode;
  variant?: "primary" | "quiet" | "danger";
  /** Names the person or thing acted on, for buttons that repeat in a list. */
  label?: string;
};

const variants = {
  primary: "bg-ember-600 text-white hover:bg-ember-700",
  quiet: "bg-white ring-1 ring-stone-300 hover:bg-ember-50",
  danger: "text-red-700 ring-1 ring-red-200 hover:bg-red-50",
};

/** A one-click club action (join, approve, promote…) with its error shown beside it. */
export function ClubActionButton({ action, fields, children, variant = "quiet", label }: Props) {
  const [state, dispatch, pending] = useActionState(action, undefined);
  return (
    <form action={dispatch} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        aria-label={label}
        disabled={pending}
        className={`rounded-full px-4 py-1.5 text-sm font-semibold disabled:opacity-60 ${variants[variant]}`}
      >
        {children}
      </button>
      <span role="alert" className="text-xs text-red-700">
        {state && !state.ok ? state.message : ""}
      </span>
    </form>
  );
}
