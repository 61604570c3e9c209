"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/server/actions/action-result";

export function AddInviteesForm({
  roomId,
  action: addInvitees,
}: {
  roomId: string;
  action: FormAction<unknown>;
}) {
  const t = useTranslations("events");
  const [state, action, pending] = useActionState(addInvitees, undefined);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="roomId" value={roomId} />
      <TextField
        label={t("addPeople")}
        name="invitees"
        hint={t("addPeopleHint")}
        errors={state && !state.ok ? state.fieldErrors.invitees : undefined}
      />
      <FormStatus state={state} />
      <Button type="submit" variant="dark" size="sm" disabled={pending} className="self-start">
        {t("add")}
      </Button>
    </form>
  );
}
