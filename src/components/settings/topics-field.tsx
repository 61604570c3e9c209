"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FieldError } from "@/components/forms/field-error";
import { Checkbox } from "@/components/ui/checkbox";
import { ROOM_TOPICS, type RoomTopicValue } from "@/lib/topics";
import { TOPIC_FIELD_PREFIX } from "@/lib/validations/users";

type TopicsFieldProps = { selected: RoomTopicValue[]; errors?: string[] | undefined };

/** Topics of interest as a group of checkboxes, one form field per topic. */
export function TopicsField({ selected, errors }: TopicsFieldProps) {
  const t = useTranslations("forms");
  const topics = useTranslations("topics");
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset aria-describedby={errors?.[0] ? errorId : undefined} className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold">{t("topicsOfInterest")}</legend>
      <div className="flex flex-wrap gap-2">
        {ROOM_TOPICS.map((topic) => (
          <div
            key={topic}
            className="flex items-center gap-2 rounded-full border border-stone-300 bg-white py-1.5 pr-3 pl-2 text-sm has-[[data-state=checked]]:border-ember-700 has-[[data-state=checked]]:bg-ember-100"
          >
            <Checkbox
              id={`${id}-${topic}`}
              name={`${TOPIC_FIELD_PREFIX}${topic}`}
              defaultChecked={selected.includes(topic)}
            />
            <label htmlFor={`${id}-${topic}`} className="cursor-pointer">
              {topics(topic)}
            </label>
          </div>
        ))}
      </div>
      <FieldError id={errorId} errors={errors} />
    </fieldset>
  );
}
