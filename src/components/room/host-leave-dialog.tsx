import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { roomApiPath } from "@/lib/live/room-api";
import { useRoomAction } from "./use-room-action";

type HostLeaveDialogProps = {
  roomId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Disconnects this page once the server has ended the room or handed it over. */
  onLeft: () => void;
};

/**
 * Asked when the host leaves without ending: end the room for everyone, or leave it to the
 * moderators (the server picks a moderator, else the longest-serving speaker, and tells the room).
 */
export function HostLeaveDialog({ roomId, open, onOpenChange, onLeft }: HostLeaveDialogProps) {
  const t = useTranslations("room");
  const { run, pendingKey, error } = useRoomAction();

  async function finish(action: "end" | "hand-over") {
    const result = await run(roomApiPath(roomId, action), {}, action);
    if (!result.ok) return;
    onOpenChange(false);
    onLeft();
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t("hostLeaveTitle")} description={t("hostLeaveDescription")}>
        <p role="status" className="min-h-5 text-sm text-red-700">
          {error}
        </p>
        <DialogFooter>
          <Button
            variant="secondary"
            disabled={pendingKey !== null}
            onClick={() => void finish("hand-over")}
          >
            {t("hostLeaveHandOver")}
          </Button>
          <Button
            variant="danger"
            disabled={pendingKey !== null}
            onClick={() => void finish("end")}
          >
            {t("hostLeaveEnd")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
