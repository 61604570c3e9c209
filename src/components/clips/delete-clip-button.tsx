"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRoomAction } from "@/components/room/use-room-action";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
} from "@/components/ui/dialog";

type DeleteClipButtonProps = { clipId: string; roomId: string };

/** The host's (or the clip maker's) "Delete clip", confirmed in a dialog; then back to the room. */
export function DeleteClipButton({ clipId, roomId }: DeleteClipButtonProps) {
  const t = useTranslations("clips");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { run, pending, error } = useRoomAction();

  async function remove() {
    const result = await run(`/api/clips/${encodeURIComponent(clipId)}`, { method: "DELETE" });
    if (result.ok) router.replace(`/rooms/${roomId}`);
  }

  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="dangerOutline" size="sm">
          <Trash2 aria-hidden="true" />
          {t("deleteClip")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("deleteTitle")} description={t("deleteDescription")}>
        <p role="alert" className="min-h-5 text-sm text-red-700">
          {error}
        </p>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">{tCommon("cancel")}</Button>
          </DialogClose>
          <Button variant="danger" disabled={pending} onClick={() => void remove()}>
            {t("deleteConfirm")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
