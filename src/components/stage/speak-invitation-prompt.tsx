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
 * which alone moves them on stage. Closing the dialog or letting it time out answers "Not now".
 */
export function SpeakInvitationPrompt({ roomId, me }: SpeakInvitationPromptProps) {
  const [answered, setAnswered] = useState<string | null>(null);
  if (!me) return null;
  const { role, speakInvitedAt, speakInvitedBy } = readParticipantAttributes(me.attributes);
  if (role !== "listener" || speakInvitedAt === "" || answered === speakInvitedAt) return null;
  return (
    <InvitationDialog
      // A new invitation is a new question, with its own full time to answer.
      key={speakInvitedAt}
      roomId={roomId}
      inviter={speakInvitedBy}
      onAnswered={() => setAnswered(speakInvitedAt)}
    />
  );
}

type InvitationDialogProps = { roomId: string; inviter: string; onAnswered: () => void };

function InvitationDialog({ roomId, inviter, onAnswered }: InvitationDialogProps) {
  const t = useTranslations("stage");
  const { run, pending, error } = useRoomAction();
  const [secondsLeft, setSecondsLeft] = useState(SPEAK_INVITE_TTL_MS / 1000);
  const join = useRef<HTMLButtonElement>(null);

  async function accept() {
    const result = await run(stageApiPath(roomId, "invitation"), { method: "POST" });
    if (result.ok) onAnswered();
  }

  function decline() {
    onAnswered();
    void run(stageApiPath(roomId, "invitation"), { method: "DELETE" });
  }

  // Counted from when the question appeared, not from the server's stamp: clocks differ. The server
  // counts its own time-out from the invitation, so a late "Join" is refused there all the same.
  const timeOut = useEffectEvent(decline);
  useEffect(() => {
    const shownAt = Date.now();
    const timer = window.setInterval(() => {
      const left = Math.max(0, Math.ceil((SPEAK_INVITE_TTL_MS - (Date.now() - shownAt)) / 1000));
      setSecondsLeft(left);
      if (left === 0) {
        window.clearInterval(timer);
        timeOut();
      }
    }, 1_000);
    return () => window.clearInterval(timer);
  }, []);

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
