"use client";

import { useRef } from "react";
import { useEditedSince } from "@/components/forms/use-edited-since";
import type { ActionResult } from "@/server/actions/action-result";

/**
 * The form-level message of an action result, announced to screen readers when it appears, and
 * cleared once the person edits the form to fix it.
 */
export function FormStatus({ state }: { state: ActionResult<unknown> | undefined }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const failed = state && !state.ok ? state : undefined;
  const edited = useEditedSince(ref, failed);
  return (
    <p
      ref={ref}
      role="alert"
      aria-live="assertive"
      className="min-h-5 text-sm font-medium text-red-700"
    >
      {failed && !edited ? failed.message : ""}
    </p>
  );
}
