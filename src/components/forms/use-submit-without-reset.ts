"use client";

import { startTransition, type FormEvent } from "react";

/**
 * React resets a form after every `action` submission, which would wipe what someone typed when
 * the server answers with field errors. Submitting through a transition keeps the fields as they are.
 */
export function useSubmitWithoutReset(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
}
