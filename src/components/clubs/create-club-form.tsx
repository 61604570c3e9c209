"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { ROOM_TOPICS, TOPIC_LABELS } from "@/lib/topics";
import type { FormAction } from "@/server/actions/action-result";

export function CreateClubForm({ action: createClub }: { action: FormAction<unknown> }) {
  const [state, action, pending] = useActionState(createClub, undefined);
  const submit = useSubmitWithoutReset(action);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-5 rounded-2xl bg-white p-6 shadow-sm"
      noValidate
    >
      <TextField label="Name" name="name" maxLength={60} errors={errors.name} />
      <TextField
        label="Address"
        name="slug"
        hint="Your club lives at /clubs/<address>: 3–40 lower-case letters, digits and dashes."
        errors={errors.slug}
      />
      <TextField
        label="Description"
        name="description"
        maxLength={500}
        errors={errors.description}
      />
      <fieldset className="flex flex-col gap-2" aria-describedby="topics-error">
        <legend className="text-sm font-semibold">Topics (up to 3)</legend>
        <div className="flex flex-wrap gap-3">
          {ROOM_TOPICS.map((topic) => (
            <label key={topic} className="flex items-center gap-1.5">
              <input type="checkbox" name="topics" value={topic} />
              {TOPIC_LABELS[topic]}
            </label>
          ))}
        </div>
        <FieldError id="topics-error" errors={errors.topics} />
      </fieldset>
      <fieldset className="flex flex-col gap-2" aria-describedby="visibility-error">
        <legend className="text-sm font-semibold">Who can join</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="visibility" value="OPEN" defaultChecked />
          <span>
            <span className="font-medium">Open</span>{" "}
            <span className="text-sm text-ink-600">Anyone joins with one click.</span>
          </span>
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="visibility" value="PRIVATE" />
          <span>
            <span className="font-medium">Private</span>{" "}
            <span className="text-sm text-ink-600">People ask to join; admins approve.</span>
          </span>
        </label>
        <FieldError id="visibility-error" errors={errors.visibility} />
      </fieldset>
      <FormStatus state={state} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-ember-600 px-5 py-2.5 font-semibold text-white hover:bg-ember-700 disabled:opacity-60"
      >
        {pending ? "Creating…" : "Create club"}
      </button>
    </form>
  );
}
