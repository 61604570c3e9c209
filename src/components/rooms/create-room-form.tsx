"use client";

import { useTimeZone, useTranslations } from "next-intl";
import { fromZonedInputValue } from "@/lib/format-time";
import { useActionState, useState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { TopicSelect } from "@/components/forms/topic-select";
import { GuestFields, type FollowedPerson } from "@/components/events/guest-picker";
import { RoomTitleField } from "@/components/rooms/room-title-field";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { FormAction } from "@/server/actions/action-result";

type Club = { id: string; name: string };

const visibilities = ["OPEN", "CLUB", "CLOSED"] as const;

const radioClass = "size-4 accent-ember-700";

export function CreateRoomForm({
  action: createRoom,
  clubs,
  following,
  initialClubId,
}: {
  action: FormAction<unknown>;
  clubs: Club[];
  /** The people the host follows, suggested as co-hosts and speakers. */
  following: FollowedPerson[];
  initialClubId?: string | undefined;
}) {
  const t = useTranslations("rooms");
  const tGuests = useTranslations("cohosts");
  const tReplay = useTranslations("replay");
  const [state, action, pending] = useActionState(createRoom, undefined);
  const [visibility, setVisibility] = useState<string>(initialClubId ? "CLUB" : "OPEN");
  const [start, setStart] = useState<"now" | "later">("now");
  const [localTime, setLocalTime] = useState("");
  const submit = useSubmitWithoutReset(action);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // datetime-local has no time zone: it is read in the member's (setting, else browser's), and
  // the form sends an exact instant.
  const timeZone = useTimeZone() ?? "UTC";
  const scheduledFor = fromZonedInputValue(localTime, timeZone)?.toISOString() ?? "";

  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-5 rounded-2xl bg-white p-6 shadow-sm"
      noValidate
    >
      <RoomTitleField label={t("title")} errors={errors.title} />
      <TextField
        label={t("descriptionOptional")}
        name="description"
        maxLength={500}
        errors={errors.description}
      />

      <TopicSelect id="topic" errors={errors.topic} />

      <fieldset className="flex flex-col gap-2" aria-describedby="visibility-error">
        <legend className="text-sm font-semibold">{t("whoCanJoin")}</legend>
        {visibilities.map((option) => (
          <label key={option} className="flex items-start gap-2">
            <input
              type="radio"
              name="visibility"
              value={option}
              checked={visibility === option}
              onChange={() => setVisibility(option)}
              disabled={option === "CLUB" && clubs.length === 0}
              className={`mt-1 ${radioClass}`}
            />
            <span>
              <span className="font-medium">{t(`visibility.${option}`)}</span>{" "}
              <span className="text-sm text-ink-600">
                {option === "CLUB" && clubs.length === 0
                  ? t("notClubAdmin")
                  : t(`visibilityHint.${option}`)}
              </span>
            </span>
          </label>
        ))}
        <FieldError id="visibility-error" errors={errors.visibility} />
      </fieldset>

      {visibility === "CLUB" && (
        <div className="flex flex-col gap-1">
          <Label htmlFor="clubId">{t("club")}</Label>
          <Select id="clubId" name="clubId" defaultValue={initialClubId ?? clubs[0]?.id}>
            {clubs.map((club) => (
              <option key={club.id} value={club.id}>
                {club.name}
              </option>
            ))}
          </Select>
          <FieldError id="clubId-error" errors={errors.clubId} />
        </div>
      )}

      {visibility === "CLOSED" && (
        <TextField
          label={t("peopleToAdd")}
          name="invitees"
          hint={t("peopleToAddHint")}
          errors={errors.invitees}
        />
      )}

      <div className="flex items-center gap-2">
        <Checkbox id="hand-raising" name="handRaisingOn" defaultChecked />
        <label htmlFor="hand-raising" className="font-medium">
          {t("handRaising")}
        </label>
      </div>

      <div className="flex items-center gap-2">
        <Checkbox id="record-replay" name="recordReplay" />
        <label htmlFor="record-replay" className="font-medium">
          {tReplay("recordReplay")}
        </label>
      </div>

      <TextField
        label={t("speakerLimit")}
        name="speakerLimit"
        type="number"
        min={1}
        max={50}
        defaultValue={20}
        errors={errors.speakerLimit}
      />

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-semibold">{t("when")}</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="start"
            value="now"
            checked={start === "now"}
            onChange={() => setStart("now")}
            className={radioClass}
          />
          <span className="font-medium">{t("startNow")}</span>
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="start"
            value="later"
            checked={start === "later"}
            onChange={() => setStart("later")}
            className={radioClass}
          />
          <span className="font-medium">{t("scheduleLater")}</span>
        </label>
      </fieldset>

      {start === "later" && (
        <div className="flex flex-col gap-1">
          <Label htmlFor="scheduled-local">{t("startsAt")}</Label>
          <Input
            id="scheduled-local"
            type="datetime-local"
            value={localTime}
            onChange={(event) => setLocalTime(event.target.value)}
            aria-invalid={errors.scheduledFor ? true : undefined}
            aria-describedby="scheduled-error"
          />
          <input type="hidden" name="scheduledFor" value={scheduledFor} />
          <FieldError id="scheduled-error" errors={errors.scheduledFor} />
        </div>
      )}

      {start === "later" && (
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-sm font-semibold">{tGuests("guestsLegend")}</legend>
          <GuestFields people={following} errors={errors} />
        </fieldset>
      )}

      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? t("working") : start === "now" ? t("startRoom") : t("scheduleRoom")}
      </Button>
    </form>
  );
}
