"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { GuestFields, type FollowedPerson } from "@/components/events/guest-picker";
import { FormStatus } from "@/components/forms/form-status";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/server/actions/action-result";

type EditGuestsFormProps = {
  roomId: string;
  cohosts: string[];
  speakers: string[];
  following: FollowedPerson[];
  action: FormAction<unknown>;
};

/** The host changes a scheduled room's co-hosts and invited speakers. */
export function EditGuestsForm({
  roomId,
  cohosts,
  speakers,
  following,
  action: setGuests,
}: EditGuestsFormProps) {
  const t = useTranslations("cohosts");
  const [state, action, pending] = useActionState(setGuests, undefined);
  const submit = useSubmitWithoutReset(action);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="roomId" value={roomId} />
      <GuestFields people={following} errors={errors} named={{ cohosts, speakers }} />
      <FormStatus state={state} />
      <p aria-live="polite" className="text-sm text-green-800">
        {state?.ok ? t("saved") : ""}
      </p>
      <Button type="submit" variant="dark" disabled={pending} className="self-start">
        {t("saveGuests")}
      </Button>
    </form>
  );
}
