"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { Label, Textarea } from "@/components/ui/input";
import { BIO_MAX } from "@/lib/validations/users";

type BioFieldProps = { defaultValue: string; errors?: string[] | undefined };

/** A short bio with a running character count (not announced on every keystroke). */
export function BioField({ defaultValue, errors }: BioFieldProps) {
  const t = useTranslations("forms");
  const id = useId();
  const [length, setLength] = useState(defaultValue.length);
  const error = errors?.[0];
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{t("bio")}</Label>
      <Textarea
        id={id}
        name="bio"
        rows={3}
        maxLength={BIO_MAX}
        defaultValue={defaultValue}
        onChange={(event) => setLength(event.currentTarget.value.length)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
      />
      <p id={`${id}-count`} className="text-xs text-ink-600">
        {t("bioCount", { length, max: BIO_MAX })}
      </p>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
