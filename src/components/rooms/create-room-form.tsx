"use client";

import { useActionState, useState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { TopicSelect } from "@/components/forms/topic-select";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import type { FormAction } from "@/server/actions/action-result";

type Club = { id: string; name: string };

const visibilities = [
  { value: "OPEN", label: "Open", hint: "Every member can join." },
  { value: "CLUB", label: "Club", hint: "Members of one of your clubs." },
  { value: "CLOSED", label: "Closed", hint: "Only the people you add." },
] as const;

const inputClass =
  "rounded-lg border border-stone-300 bg-white px-3 py-2 aria-invalid:border-red-600";

export function CreateRoomForm({
  action: createRoom,
  clubs,
  initialClubId,
}: {
  action: FormAction<unknown>;
  clubs: Club[];
  initialClubId?: string | undefined;
}) {
  const [state, action, pending] = useActionState(createRoom, undefined);
  const [visibility, setVisibility] = useState<string>(initialClubId ? "CLUB" : "OPEN");
  const [start, setStart] = useState<"now" | "later">("now");
  const [localTime, setLocalTime] = useState("");
  const submit = useSubmitWithoutReset(action);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // datetime-local has no time zone; the browser knows the member's, so it sends an exact instant.
  const scheduledFor = localTime ? new Date(localTime).toISOString() : "";

  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-5 rounded-2xl bg-white p-6 shadow-sm"
      noValidate
    >
      <TextField label="Title" name="title" maxLength={80} required errors={errors.title} />
      <TextField
        label="Description (optional)"
        name="description"
        maxLength={500}
        errors={errors.description}
      />

      <TopicSelect id="topic" errors={errors.topic} />

      <fieldset className="flex flex-col gap-2" aria-describedby="visibility-error">
        <legend className="text-sm font-semibold">Who can join</legend>
        {visibilities.map((option) => (
          <label key={option.value} className="flex items-start gap-2">
            <input
              type="radio"
              name="visibility"
              value={option.value}
              checked={visibility === option.value}
              onChange={() => setVisibility(option.value)}
              disabled={option.value === "CLUB" && clubs.length === 0}
              className="mt-1"
            />
            <span>
              <span className="font-medium">{option.label}</span>{" "}
              <span className="text-sm text-ink-600">
                {option.value === "CLUB" && clubs.length === 0
                  ? "You are not an admin of any club."
                  : option.hint}
              </span>
            </span>
          </label>
        ))}
        <FieldError id="visibility-error" errors={errors.visibility} />
      </fieldset>

      {visibility === "CLUB" && (
        <div className="flex flex-col gap-1">
          <label htmlFor="clubId" className="text-sm font-semibold">
            Club
          </label>
          <select
            id="clubId"
            name="clubId"
            className={inputClass}
            defaultValue={initialClubId ?? clubs[0]?.id}
          >
            {clubs.map((club) => (
              <option key={club.id} value={club.id}>
                {club.name}
              </option>
            ))}
          </select>
          <FieldError id="clubId-error" errors={errors.clubId} />
        </div>
      )}

      {visibility === "CLOSED" && (
        <TextField
          label="People to add"
          name="invitees"
          hint="Usernames, separated by commas. You can add more later."
          errors={errors.invitees}
        />
      )}

      <label className="flex items-center gap-2">
        <input type="checkbox" name="handRaisingOn" defaultChecked />
        <span className="font-medium">Listeners can raise their hand</span>
      </label>

      <TextField
        label="Speaker limit"
        name="speakerLimit"
        type="number"
        min={1}
        max={50}
        defaultValue={20}
        errors={errors.speakerLimit}
      />

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-semibold">When</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="start"
            value="now"
            checked={start === "now"}
            onChange={() => setStart("now")}
          />
          <span className="font-medium">Start now</span>
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="start"
            value="later"
            checked={start === "later"}
            onChange={() => setStart("later")}
          />
          <span className="font-medium">Schedule for later</span>
        </label>
      </fieldset>

      {start === "later" && (
        <div className="flex flex-col gap-1">
          <label htmlFor="scheduled-local" className="text-sm font-semibold">
            Starts at
          </label>
          <input
            id="scheduled-local"
            type="datetime-local"
            value={localTime}
            onChange={(event) => setLocalTime(event.target.value)}
            aria-invalid={errors.scheduledFor ? true : undefined}
            aria-describedby="scheduled-error"
            className={inputClass}
          />
          <input type="hidden" name="scheduledFor" value={scheduledFor} />
          <FieldError id="scheduled-error" errors={errors.scheduledFor} />
        </div>
      )}

      <FormStatus state={state} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-ember-600 px-5 py-2.5 font-semibold text-white hover:bg-ember-700 disabled:opacity-60"
      >
        {pending ? "Working…" : start === "now" ? "Start room" : "Schedule room"}
      </button>
    </form>
  );
}
