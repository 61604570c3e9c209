import { useTranslations } from "next-intl";
import { HandQueuePanel } from "@/components/stage/hand-queue-panel";
import { HandRaisingToggle } from "@/components/stage/hand-raising-toggle";
import { InvitationAnswerToasts } from "@/components/stage/invitation-answer-toasts";
import { ModerationLogDialog } from "@/components/stage/moderation-log-dialog";
import { MusicModeToggle } from "./music-mode-toggle";

/**
 * The host's and moderators' side panel: the raise-hand queue, the hand-raising switch, the log,
 * and word of how invitations to speak were answered.
 */
export function ModeratorTools({ roomId }: { roomId: string }) {
  const t = useTranslations("room");
  return (
    <section
      aria-label={t("moderation")}
      className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm"
    >
      <HandQueuePanel roomId={roomId} />
      <InvitationAnswerToasts />
      <div className="flex flex-wrap items-center gap-3 border-t border-ember-100 pt-3">
        <HandRaisingToggle roomId={roomId} />
        <MusicModeToggle roomId={roomId} />
        <ModerationLogDialog roomId={roomId} />
      </div>
    </section>
  );
}
