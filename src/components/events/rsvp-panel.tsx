"use client";

import { BellPlus, BellOff, CalendarPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type Result = ActionResult<{ going: boolean }>;

type RsvpPanelProps = {
  action: (previous: Result, formData: FormData) => Promise<Result>;
  roomId: string;
  isHost: boolean;
  going: boolean;
  count: number;
};

/**
 * "Notify me" for members (a reminder 10 minutes before, and a notice when it starts), the count for
 * the host, and the event as an .ics file for any calendar.
 */
export function RsvpPanel({ action, roomId, isHost, going, count }: RsvpPanelProps) {
  const t = useTranslations("rsvp");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const outcome = state.ok ? t(state.data.going ? "willNotify" : "wontNotify") : state.message;
  return (
    <div className="flex flex-wrap items-center gap-3">
      {isHost ? (
        <p className="font-medium">{t("hostCount", { count })}</p>
      ) : (
        <form action={formAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="roomId" value={roomId} />
          <input type="hidden" name="intent" value={going ? "notGoing" : "going"} />
          <Button type="submit" variant="toggle" aria-pressed={going} disabled={pending}>
            {going ? (
              <BellOff aria-hidden="true" className="size-4" />
            ) : (
              <BellPlus aria-hidden="true" className="size-4" />
            )}
            {going ? t("stopNotifying") : t("notifyMe")}
          </Button>
          <p role="status" className="text-sm text-ink-600">
            {outcome}
          </p>
        </form>
      )}
      <Button asChild variant="secondary">
        <a href={`/events/${roomId}/calendar`} download>
          <CalendarPlus aria-hidden="true" className="size-4" />
          {t("addToCalendar")}
        </a>
      </Button>
    </div>
  );
}
