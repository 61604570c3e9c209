import { Power } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { roomApiPath } from "@/lib/live/room-api";
import { BarLabel } from "./bar-label";
import { useRoomAction } from "./use-room-action";

/**
 * The host's "End room", with a confirmation step. Everyone, the host included, then sees the end
 * screen when LiveKit deletes the room.
 */
export function EndRoomButton({ roomId }: { roomId: string }) {
  const t = useTranslations("room");
  const tPeople = useTranslations("roomPeople");
  const tCommon = useTranslations("common");
  const [confirming, setConfirming] = useState(false);
  const { run, pending, error } = useRoomAction();

  if (!confirming) {
    return (
      <Button variant="dangerOutline" size="bar" onClick={() => setConfirming(true)}>
        <Power aria-hidden="true" />
        <BarLabel short={tPeople("barEnd")} full={t("endRoom")} />
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-label={t("endConfirmGroup")}
      className="flex flex-wrap items-center gap-2"
    >
      <span className="text-sm font-semibold">{t("endConfirmQuestion")}</span>
      <Button
        variant="danger"
        disabled={pending}
        onClick={() => void run(roomApiPath(roomId, "end"))}
      >
        {t("endConfirmYes")}
      </Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>
        {tCommon("cancel")}
      </Button>
      <p role="status" className="text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}
