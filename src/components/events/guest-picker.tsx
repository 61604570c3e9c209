"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";

export type FollowedPerson = { username: string; displayName: string };

type GuestPickerProps = {
  name: "cohosts" | "speakers";
  label: string;
  hint: string;
  /** Names the group of suggestions for screen readers ("Add people you follow as co-hosts"). */
  pickLabel: string;
  people: FollowedPerson[];
  errors?: string[] | undefined;
  defaultValue?: string;
};

const SHOWN = 8;

/** Usernames typed into the field, as the server reads them (src/lib/validations/rooms.ts). */
function namesIn(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((name) => name.trim().replace(/^@/, "").toLowerCase())
    .filter(Boolean);
}

/**
 * A usernames field with the people the host follows as one-tap suggestions: tapping one adds or
 * removes them, and typing narrows the suggestions to the names that match what is being typed.
 */
export function GuestPicker({
  name,
  label,
  hint,
  pickLabel,
  people,
  errors,
  defaultValue = "",
}: GuestPickerProps) {
  const t = useTranslations("cohosts");
  const [value, setValue] = useState(defaultValue);
  const chosen = new Set(namesIn(value));
  // The word being typed (after the last separator) searches names and usernames.
  const typing = /[\s,]$/.test(value) ? "" : (namesIn(value).at(-1) ?? "");
  const matches = people
    .filter(
      (person) =>
        chosen.has(person.username) ||
        !typing ||
        person.username.includes(typing) ||
        person.displayName.toLowerCase().includes(typing),
    )
    .slice(0, SHOWN);

  function toggle(username: string) {
    const names = namesIn(value);
    // A half-typed name that led to this pick is replaced by it.
    const kept = names.filter((n) => n !== username && !(typing && n === typing));
    const next = chosen.has(username) ? kept : [...kept, username];
    // Ending on a separator leaves nothing "being typed", so every suggestion shows again.
    setValue(next.map((n) => `@${n}, `).join(""));
  }

  return (
    <div className="flex flex-col gap-2">
      <TextField
        label={label}
        name={name}
        hint={hint}
        errors={errors}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        autoComplete="off"
      />
      {matches.length > 0 && (
        <div role="group" aria-label={pickLabel} className="flex flex-wrap gap-2">
          {matches.map((person) => (
            <Button
              key={person.username}
              variant="toggle"
              size="sm"
              aria-pressed={chosen.has(person.username)}
              aria-label={t("pickPerson", {
                name: person.displayName,
                username: person.username,
              })}
              onClick={() => toggle(person.username)}
            >
              {person.displayName}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}

type GuestFieldsProps = {
  people: FollowedPerson[];
  errors: { cohosts?: string[] | undefined; speakers?: string[] | undefined };
  /** Usernames already named, when editing a scheduled room. */
  named?: { cohosts: string[]; speakers: string[] };
};

const asField = (usernames: string[] | undefined) =>
  usernames?.map((name) => `@${name}, `).join("");

/** The co-hosts and invited speakers of a scheduled room: the schedule form's and its edit's. */
export function GuestFields({ people, errors, named }: GuestFieldsProps) {
  const t = useTranslations("cohosts");
  return (
    <>
      <GuestPicker
        name="cohosts"
        label={t("cohosts")}
        hint={t("cohostsHint")}
        pickLabel={t("pickCohosts")}
        people={people}
        errors={errors.cohosts}
        defaultValue={asField(named?.cohosts)}
      />
      <GuestPicker
        name="speakers"
        label={t("speakers")}
        hint={t("speakersHint")}
        pickLabel={t("pickSpeakers")}
        people={people}
        errors={errors.speakers}
        defaultValue={asField(named?.speakers)}
      />
    </>
  );
}
