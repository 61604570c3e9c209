import "server-only";
import { db } from "@/server/db";
import { loadStage } from "@/server/stage/load-stage";
import { pushStageState } from "@/server/stage/push-stage-state";
import { sendStageNotice } from "@/server/stage/send-stage-notice";

export type DeclineSpeakInviteOptions = { roomId: string; actorId: string };

/**
 * A listener says "Not now" to an invitation to speak, or lets it time out (their page declines
 * for them): the invitation goes, their hand comes down (they said no, so the queue stops offering
 * them), and the moderators are told. Declining when nothing waits is a harmless no-op, since a
 * time-out can race a click or an accept.
 */
export async function declineSpeakInvite({ roomId, actorId }: DeclineSpeakInviteOptions) {
  const declined = await db.$transaction(async (tx) => {
    const { actor } = await loadStage(tx, { roomId, actorId, lock: true, requireLive: true });
    if (!actor?.speakInvitedAt) return false;
    await tx.roomParticipant.update({
      where: { roomId_userId: { roomId, userId: actorId } },
      data: { speakInvitedAt: null, speakInvitedById: null, handRaisedAt: null },
    });
    await tx.moderationEvent.create({
      data: { roomId, actorId, targetId: actor.speakInvitedById, action: "SPEAK_INVITE_DECLINED" },
    });
    return true;
  });
  if (declined) {
    const connected = await pushStageState({ roomId, userId: actorId });
    if (connected)
      await sendStageNotice({ roomId, kind: "inviteDeclined", actorId, to: "moderators" });
  }
  return { declined };
}
