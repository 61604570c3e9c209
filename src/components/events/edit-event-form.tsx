"use client";

import { useTimeZone, useTranslations } from "next-intl";
import { fromZonedInputValue, toZonedInputValue } from "@/lib/format-time";
import { useActionState, useState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { TopicSelect } from "@/components/forms/topic-select";
import { RoomTitleField } from "@/components/rooms/room-title-field";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input, Label } from "@/components/ui/input";
import type { RoomTopicValue } from "@/lib/topics";
import type { FormAction } from "@/server/actions/action-result";

type EditableRoom = {
  id: string;
  title: string;
  description: string;
  topic: RoomTopicValue;
  scheduledFor: string;
  handRaisingOn: boolean;
  speakerLimit: number;
};

export function EditEventForm({
  room,
  action: updateRoom,
}: {
  room: EditableRoom;
  action: FormAction<unknown>;
}) {
  const t = useTranslations("events");
  const [state, action, pending] = useActionState(updateRoom, undefined);
  const submit = useSubmitWithoutReset(action);
  // The viewer's zone (setting, else browser), on the server's render and in the browser alike.
  const timeZone = useTimeZone() ?? "UTC";
  const [localTime, setLocalTime] = useState(() =>
    toZonedInputValue(new Date(room.scheduledFor), timeZone),
  );
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="roomId" value={room.id} />
      <RoomTitleField label={t("title")} defaultValue={room.title} errors={errors.title} />
      <TextField
        label={t("description")}
        name="description"
        defaultValue={room.description}
        maxLength={500}
        errors={errors.description}
      />
      <TopicSelect id="edit-topic" defaultValue={room.topic} errors={errors.topic} />
      <div className="flex flex-col gap-1">
        <Label htmlFor="edit-time">{t("startsAt")}</Label>
        <Input
          id="edit-time"
          type="datetime-local"
          value={localTime}
          onChange={(event) => setLocalTime(event.target.value)}
          aria-describedby="edit-time-error"
        />
        <input
          type="hidden"
          name="scheduledFor"
          value={fromZonedInputValue(localTime, timeZone)?.toISOString() ?? ""}
        />
        <FieldError id="edit-time-error" errors={errors.scheduledFor} />
      </div>
      <div className="flex items-center gap-2">
        <Checkbox id="edit-hand-raising" name="handRaisingOn" defaultChecked={room.handRaisingOn} />
        <label htmlFor="edit-hand-raising" className="font-medium">
          {t("handRaising")}
        </label>
      </div>
      <TextField
        label={t("speakerLimit")}
        name="speakerLimit"
        type="number"
        min={1}
        max={50}
        defaultValue={room.speakerLimit}
        errors={errors.speakerLimit}
      />
      <FormStatus state={state} />
      <p aria-live="polite" className="text-sm text-green-800">
        {state?.ok ? t("saved") : ""}
      </p>
      <Button type="submit" variant="dark" disabled={pending} className="self-start">
        {t("saveChanges")}
      </Button>
    </form>
  );
}
