"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/server/actions/action-result";

/** Shown on the profile of someone the viewer follows who follows them back. */
export function StartPrivateRoomButton({
  action: startPrivateRoom,
  userId,
  displayName,
}: {
  action: FormAction<unknown>;
  userId: string;
  displayName: string;
}) {
  const t = useTranslations("rooms");
  const [state, action, pending] = useActionState(startPrivateRoom, undefined);
  return (
    <form action={action} className="inline-flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      <Button
        type="submit"
        variant="dark"
        size="sm"
        disabled={pending}
        aria-label={t("startPrivateRoomWith", { name: displayName })}
      >
        {t("startPrivateRoom")}
      </Button>
      <span role="alert" className="text-xs text-red-700">
        {state && !state.ok ? state.message : ""}
      </span>
    </form>
  );
}
