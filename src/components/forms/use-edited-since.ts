"use client";

import { useEffect, useState, type RefObject } from "react";

/**
 * Whether the person has edited the form since `shown` (an action's errors) arrived: an error
 * clears once they start fixing it instead of lingering until the next submit. `concerns`
 * picks the edits that count (one field's, or any). The next submission brings new errors.
 */
export function useEditedSince<T>(
  anchor: RefObject<HTMLElement | null>,
  shown: T | undefined,
  concerns: (target: Element) => boolean = () => true,
): boolean {
  const [editedFor, setEditedFor] = useState<T | undefined>(undefined);

  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form || shown === undefined) return;
    const onEdit = (event: Event) => {
      if (event.target instanceof Element && concerns(event.target)) setEditedFor(() => shown);
    };
    form.addEventListener("input", onEdit);
    form.addEventListener("change", onEdit);
    return () => {
      form.removeEventListener("input", onEdit);
      form.removeEventListener("change", onEdit);
    };
  }, [anchor, shown, concerns]);

  return shown !== undefined && editedFor === shown;
}
