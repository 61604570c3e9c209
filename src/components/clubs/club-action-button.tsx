"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
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

const variants = { primary: "primary", quiet: "secondary", danger: "dangerOutline" } as const;

/** A one-click club action (join, approve, promote…) with its error shown beside it. */
export function ClubActionButton({ action, fields, children, variant = "quiet", label }: Props) {
  const [state, dispatch, pending] = useActionState(action, undefined);
  return (
    <form action={dispatch} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button
        type="submit"
        size="sm"
        variant={variants[variant]}
        aria-label={label}
        disabled={pending}
      >
        {children}
      </Button>
      <span role="alert" className="text-xs text-red-700">
        {state && !state.ok ? state.message : ""}
      </span>
    </form>
  );
}
