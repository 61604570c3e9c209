"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/text-field";
import { LINK_FIELDS, LINK_MAX } from "@/lib/validations/users";

type LinksFieldProps = {
  defaultValues: string[];
  errors: Partial<Record<string, string[]>>;
};

/** Up to three links for the profile, one labelled field each; empty ones are dropped on save. */
export function LinksField({ defaultValues, errors }: LinksFieldProps) {
  const t = useTranslations("settings");
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-sm font-semibold">{t("links")}</legend>
      <p className="-mt-1 text-xs text-ink-600">{t("linksHint", { max: LINK_FIELDS.length })}</p>
      {LINK_FIELDS.map((name, index) => (
        <TextField
          key={name}
          label={t("linkLabel", { number: index + 1 })}
          name={name}
          type="url"
          inputMode="url"
          placeholder={t("linkPlaceholder")}
          autoComplete="url"
          maxLength={LINK_MAX}
          defaultValue={defaultValues[index] ?? ""}
          errors={errors[name]}
        />
      ))}
    </fieldset>
  );
}
