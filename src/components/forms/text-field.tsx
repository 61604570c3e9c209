"use client";

import { useCallback, useId, useRef, type InputHTMLAttributes } from "react";
import { FieldError } from "@/components/forms/field-error";
import { useEditedSince } from "@/components/forms/use-edited-since";
import { Input, Label } from "@/components/ui/input";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  hint?: string;
  errors?: string[] | undefined;
};

/**
 * A labelled input whose hint and errors are tied to it for screen readers; once edited after an
 * error it is no longer marked invalid (the error clears with it, see FieldError).
 */
export function TextField({ label, name, hint, errors, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const inputRef = useRef<HTMLInputElement>(null);
  const isThisInput = useCallback((target: Element) => target === inputRef.current, []);
  const edited = useEditedSince(inputRef, errors, isThisInput);
  const error = edited ? undefined : errors?.[0];
  const describedBy = [hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      <Input
        ref={inputRef}
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {hint && (
        <p id={hintId} className="text-xs text-ink-600">
          {hint}
        </p>
      )}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
