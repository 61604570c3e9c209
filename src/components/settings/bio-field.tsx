"use client";

import { useId, useState } from "react";
import { BIO_MAX } from "@/lib/validations/users";

type BioFieldProps = { defaultValue: string; errors?: string[] | undefined };

/** A short bio with a running character count (not announced on every keystroke). */
export function BioField({ defaultValue, errors }: BioFieldProps) {
  const id = useId();
  const [length, setLength] = useState(defaultValue.length);
  const error = errors?.[0];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        Bio
      </label>
      <textarea
        id={id}
        name="bio"
        rows={3}
        maxLength={BIO_MAX}
        defaultValue={defaultValue}
        onChange={(event) => setLength(event.currentTarget.value.length)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
        className="rounded-lg border border-stone-300 bg-white px-3 py-2 aria-invalid:border-red-600"
      />
      <p id={`${id}-count`} className="text-xs text-ink-600">
        {length} of {BIO_MAX} characters
      </p>
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}
