"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/server/actions/action-result";

/** "Start now" on a scheduled room, for a co-host: the host's controls also offer cancelling. */
export function StartEventButton({
  roomId,
  startRoomAction,
}: {
  roomId: string;
  startRoomAction: FormAction<unknown>;
}) {
  const t = useTranslations("events");
  const [state, start, starting] = useActionState(startRoomAction, undefined);
  return (
    <div className="flex flex-col gap-2">
      <form action={start}>
        <input type="hidden" name="roomId" value={roomId} />
        <Button type="submit" disabled={starting}>
          {starting ? t("starting") : t("startNow")}
        </Button>
      </form>
      <FormStatus state={state} />
    </div>
  );
}
