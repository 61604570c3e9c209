"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { ROOM_TITLE_MAX } from "@/lib/validations/rooms";

type RoomTitleFieldProps = { label: string; defaultValue?: string; errors?: string[] | undefined };

/**
 * A room's title with a live count of its characters. No maxLength: a pasted title longer than the
 * limit is kept whole and told at once ("Keep the title to 80 characters"), never cut silently.
 */
export function RoomTitleField({ label, defaultValue = "", errors }: RoomTitleFieldProps) {
  const t = useTranslations("rooms");
  const tErrors = useTranslations("errors");
  const [length, setLength] = useState(defaultValue.trim().length);
  const tooLong = length > ROOM_TITLE_MAX;
  return (
    <TextField
      label={label}
      name="title"
      required
      defaultValue={defaultValue}
      onChange={(event) => setLength(event.target.value.trim().length)}
      hint={t("titleCounter", { count: length, max: ROOM_TITLE_MAX })}
      errors={tooLong ? [tErrors("roomTitleTooLong")] : errors}
    />
  );
}
