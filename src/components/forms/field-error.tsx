"use client";

import { useCallback, useRef } from "react";
import { useEditedSince } from "@/components/forms/use-edited-since";

/**
 * The first error of a field, announced politely; `id` ties it to the control's aria-describedby.
 * It clears as soon as that control is edited (the control names this id in aria-describedby).
 */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const concerns = useCallback(
    (target: Element) =>
      (target.closest("[aria-describedby]")?.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .includes(id),
    [id],
  );
  const edited = useEditedSince(ref, errors, concerns);
  return (
    <p ref={ref} id={id} aria-live="polite" className="text-sm text-red-700">
      {edited ? "" : errors?.[0]}
    </p>
  );
}
