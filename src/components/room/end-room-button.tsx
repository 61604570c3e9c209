import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { postToRoom } from "./room-api";

/**
 * The host's "End room", with a confirmation step. Everyone, the host included, then sees the end
 * screen when LiveKit deletes the room.
 */
export function EndRoomButton({ roomId }: { roomId: string }) {
  const t = useTranslations("room");
  const tCommon = useTranslations("common");
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function end() {
    setPending(true);
    const result = await postToRoom(roomId, "end");
    setPending(false);
    if (!result.ok) setError(result.message);
  }

  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="rounded-full border border-red-300 bg-white px-4 py-2 sm:px-5 sm:py-2.5 font-semibold text-red-700 hover:bg-red-50"
      >
        {t("endRoom")}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label={t("endConfirmGroup")}
      className="flex flex-wrap items-center gap-2"
    >
      <span className="text-sm font-semibold">{t("endConfirmQuestion")}</span>
      <Button variant="danger" disabled={pending} onClick={() => void end()}>
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
