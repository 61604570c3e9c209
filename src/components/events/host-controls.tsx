"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
} from "@/components/ui/dialog";
import type { FormAction } from "@/server/actions/action-result";

/** Start now or cancel: the host's two decisive buttons on a scheduled room. */
export function HostControls({
  roomId,
  startRoomAction,
  cancelRoomAction,
}: {
  roomId: string;
  startRoomAction: FormAction<unknown>;
  cancelRoomAction: FormAction<unknown>;
}) {
  const t = useTranslations("events");
  const [startState, start, starting] = useActionState(startRoomAction, undefined);
  const [cancelState, cancel, cancelling] = useActionState(cancelRoomAction, undefined);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-3">
        <form action={start}>
          <input type="hidden" name="roomId" value={roomId} />
          <Button type="submit" disabled={starting}>
            {starting ? t("starting") : t("startNow")}
          </Button>
        </form>
        {/* Cancelling tells everyone who planned to come, so it asks first. */}
        <Dialog>
          <DialogTrigger asChild>
            <Button variant="dangerOutline" disabled={cancelling}>
              {t("cancelRoom")}
            </Button>
          </DialogTrigger>
          <DialogContent title={t("cancelConfirmTitle")} description={t("cancelConfirmText")}>
            <form action={cancel}>
              <input type="hidden" name="roomId" value={roomId} />
              <DialogFooter>
                <DialogClose asChild>
                  <Button variant="secondary">{t("keepRoom")}</Button>
                </DialogClose>
                <Button type="submit" variant="danger" disabled={cancelling}>
                  {cancelling ? t("cancelling") : t("cancelRoom")}
                </Button>
              </DialogFooter>
            </form>
          </DialogContent>
        </Dialog>
      </div>
      <FormStatus state={startState ?? cancelState} />
    </div>
  );
}
