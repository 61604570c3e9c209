"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
} from "@/components/ui/dialog";
import type { FormAction } from "@/server/actions/action-result";

type DeleteReplayButtonProps = { roomId: string; action: FormAction<unknown> };

/** The host's "Delete replay", confirmed in a dialog; the page then shows the room as ended. */
export function DeleteReplayButton({ roomId, action }: DeleteReplayButtonProps) {
  const t = useTranslations("replay");
  const tCommon = useTranslations("common");
  const [state, dispatch, pending] = useActionState(action, undefined);
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="dangerOutline" size="sm" className="self-start">
          <Trash2 aria-hidden="true" />
          {t("deleteReplay")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("deleteTitle")} description={t("deleteDescription")}>
        <form action={dispatch} className="flex flex-col gap-3">
          <input type="hidden" name="roomId" value={roomId} />
          <p role="alert" className="min-h-5 text-sm text-red-700">
            {state && !state.ok ? state.message : ""}
          </p>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">{tCommon("cancel")}</Button>
            </DialogClose>
            <Button type="submit" variant="danger" disabled={pending}>
              {t("deleteConfirm")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
