"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ROOM_TOPICS } from "@/lib/topics";

const MAX_TOPICS = 3;
import type { FormAction } from "@/server/actions/action-result";

export function CreateClubForm({ action: createClub }: { action: FormAction<unknown> }) {
  const t = useTranslations("clubs");
  const topics = useTranslations("topics");
  const id = useId();
  const [state, action, pending] = useActionState(createClub, undefined);
  const submit = useSubmitWithoutReset(action);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-5 rounded-2xl bg-white p-6 shadow-sm"
      noValidate
    >
      <TextField label={t("name")} name="name" maxLength={60} errors={errors.name} />
      <TextField label={t("address")} name="slug" hint={t("addressHint")} errors={errors.slug} />
      <TextField
        label={t("description")}
        name="description"
        maxLength={500}
        errors={errors.description}
      />
      <fieldset className="flex flex-col gap-2" aria-describedby="topics-error">
        <legend className="text-sm font-semibold">{t("topicsUpTo", { max: MAX_TOPICS })}</legend>
        <div className="flex flex-wrap gap-3">
          {ROOM_TOPICS.map((topic) => (
            <span key={topic} className="flex items-center gap-1.5">
              <Checkbox id={`${id}-${topic}`} name="topics" value={topic} />
              <label htmlFor={`${id}-${topic}`}>{topics(topic)}</label>
            </span>
          ))}
        </div>
        <FieldError id="topics-error" errors={errors.topics} />
      </fieldset>
      <fieldset className="flex flex-col gap-2" aria-describedby="visibility-error">
        <legend className="text-sm font-semibold">{t("whoCanJoin")}</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="visibility"
            value="OPEN"
            defaultChecked
            className="size-4 accent-ember-700"
          />
          <span>
            <span className="font-medium">{t("open")}</span>{" "}
            <span className="text-sm text-ink-600">{t("openHint")}</span>
          </span>
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="visibility"
            value="PRIVATE"
            className="size-4 accent-ember-700"
          />
          <span>
            <span className="font-medium">{t("private")}</span>{" "}
            <span className="text-sm text-ink-600">{t("privateHint")}</span>
          </span>
        </label>
        <FieldError id="visibility-error" errors={errors.visibility} />
      </fieldset>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? t("creating") : t("createClubButton")}
      </Button>
    </form>
  );
}
