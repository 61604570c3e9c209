"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { FieldError } from "@/components/forms/field-error";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { FormFooter } from "@/components/settings/form-footer";
import { Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { LOCALES } from "@/i18n/locales";
import type { FormAction } from "@/server/actions/action-result";

type PreferencesFormProps = {
  action: FormAction<unknown>;
  locale: string | null;
  timeZone: string | null;
  /** Every IANA zone the server knows, computed there so both renders list the same options. */
  timeZones: string[];
};

/** Language and time zone; "follow this browser" stores nothing and lets the browser decide. */
export function PreferencesForm({ action, locale, timeZone, timeZones }: PreferencesFormProps) {
  const t = useTranslations("settings");
  const common = useTranslations("common");
  const [state, dispatch, pending] = useActionState(action, undefined);
  const submit = useSubmitWithoutReset(dispatch);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const id = useId();
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-locale`}>{t("language")}</Label>
        <Select
          id={`${id}-locale`}
          name="locale"
          defaultValue={locale ?? ""}
          aria-describedby={`${id}-locale-error`}
        >
          <option value="">{t("followBrowser")}</option>
          {LOCALES.map((value) => (
            <option key={value} value={value} lang={value}>
              {t(`languageNames.${value}`)}
            </option>
          ))}
        </Select>
        <FieldError id={`${id}-locale-error`} errors={fieldErrors.locale} />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-zone`}>{t("timeZone")}</Label>
        <Select
          id={`${id}-zone`}
          name="timeZone"
          defaultValue={timeZone ?? ""}
          aria-describedby={`${id}-zone-hint ${id}-zone-error`}
        >
          <option value="">{t("followBrowser")}</option>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </Select>
        <p id={`${id}-zone-hint`} className="text-xs text-ink-600">
          {t("timeZoneHint")}
        </p>
        <FieldError id={`${id}-zone-error`} errors={fieldErrors.timeZone} />
      </div>
      <FormFooter
        pending={pending}
        label={t("savePreferences")}
        pendingLabel={common("saving")}
        ok={state?.ok ?? false}
        message={state ? (state.ok ? t("preferencesSaved") : state.message) : ""}
      />
    </form>
  );
}
