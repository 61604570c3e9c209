"use client";

import type { Participant } from "livekit-client";
import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useRoomAction } from "@/components/room/use-room-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { readParticipantAttributes } from "@/lib/live/attributes";
import { stageApiPath } from "@/lib/live/room-api";
import { SPEAK_INVITE_TTL_MS } from "@/lib/live/stage-notices";

type SpeakInvitationPromptProps = { roomId: string; me: Participant | undefined };

/**
 * Asks a listener a moderator invited: "Nora invited you to speak — Join the stage / Not now".
 * The invitation is the server-set `speakInvitedAt` attribute; answering goes through the app,
 * which alone moves them on stage. Closing the dialog or letting it time out answers "Not now"
 * (an invitation found already stale, on coming back to the room, times out after a moment).
 */
export function SpeakInvitationPrompt({ roomId, me }: SpeakInvitationPromptProps) {
  const [answered, setAnswered] = useState<string | null>(null);
  const { role, speakInvitedAt, speakInvitedBy } = readParticipantAttributes(me?.attributes ?? {});
  if (role !== "listener" || speakInvitedAt === "" || answered === speakInvitedAt) return null;
  return (
    <InvitationDialog
      // A new invitation is a new question, with its own time to answer.
      key={speakInvitedAt}
      roomId={roomId}
      invitedAt={speakInvitedAt}
      inviter={speakInvitedBy}
      onAnswered={() => setAnswered(speakInvitedAt)}
    />
  );
}

// However late a page sees an invitation by its clock, it gives the person this long to answer
// (a clock running fast must not swallow every question); the server keeps its own time-out.
const LEAST_TIME_MS = 10_000;

/** How long this page gives them: what is left of the time-out, by the invitation's stamp. */
function timeToAnswer(invitedAt: string): number {
  const left = Date.parse(invitedAt) + SPEAK_INVITE_TTL_MS - Date.now();
  return Math.min(SPEAK_INVITE_TTL_MS, Math.max(LEAST_TIME_MS, left));
}

type InvitationDialogProps = {
  roomId: string;
  invitedAt: string;
  inviter: string;
  onAnswered: () => void;
};

function InvitationDialog({ roomId, invitedAt, inviter, onAnswered }: InvitationDialogProps) {
  const t = useTranslations("stage");
  const { run, pending, error } = useRoomAction();
  const [deadline] = useState(() => Date.now() + timeToAnswer(invitedAt));
  const [secondsLeft, setSecondsLeft] = useState(() => Math.round(timeToAnswer(invitedAt) / 1000));
  const join = useRef<HTMLButtonElement>(null);

  async function accept() {
    const result = await run(stageApiPath(roomId, "invitation"), { method: "POST" });
    if (result.ok) onAnswered();
  }

  function decline() {
    onAnswered();
    void run(stageApiPath(roomId, "invitation"), { method: "DELETE" });
  }

  // Silence answers "Not now", so the moderators hear back. The server counts its own time-out
  // from the invitation, so a late "Join" is refused there all the same.
  const timeOut = useEffectEvent(decline);
  useEffect(() => {
    const timer = window.setInterval(() => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setSecondsLeft(left);
      if (left === 0) {
        window.clearInterval(timer);
        timeOut();
      }
    }, 1_000);
    return () => window.clearInterval(timer);
  }, [deadline]);

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) decline();
      }}
    >
      <DialogContent
        title={t("inviteTitle", { name: inviter || t("someone") })}
        description={t("inviteBody")}
        onOpenAutoFocus={(event) => {
          // The answer they came for, not the dialog's close button.
          event.preventDefault();
          join.current?.focus();
        }}
      >
        <p className="text-sm text-ink-600">{t("inviteTimeLeft", { seconds: secondsLeft })}</p>
        <p role="status" className="text-sm text-red-700 empty:hidden">
          {error}
        </p>
        <DialogFooter>
          <Button variant="secondary" disabled={pending} onClick={decline}>
            {t("notNow")}
          </Button>
          <Button ref={join} disabled={pending} onClick={() => void accept()}>
            {t("joinStage")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
