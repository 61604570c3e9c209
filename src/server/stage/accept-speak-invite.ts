import "server-only";
import { isSpeakInviteLive, SPEAK_INVITE_TTL_MS } from "@/lib/live/stage-notices";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { notifyOnStage } from "@/server/notifications/notify-on-stage";
import { recountPresence } from "@/server/presence/recount-presence";
import { assertStageHasRoom } from "@/server/stage/assert-stage-has-room";
import { loadStage } from "@/server/stage/load-stage";
import { pushStageState } from "@/server/stage/push-stage-state";
import { sendStageNotice } from "@/server/stage/send-stage-notice";

export type AcceptSpeakInviteOptions = { roomId: string; actorId: string };

/**
 * A listener says "Join the stage" to a moderator's invitation: they become a speaker who may
 * publish their microphone, and their hand comes down. Only an invitation still within its
 * time-out (counted from when it was made, on the server's clock) is accepted. Under the room
 * lock, so accepts at once cannot overfill the stage: each counts the seats the others took.
 */
export async function acceptSpeakInvite({ roomId, actorId }: AcceptSpeakInviteOptions) {
  await db.$transaction(async (tx) => {
    const { room, actor } = await loadStage(tx, { roomId, actorId, lock: true, requireLive: true });
    const now = new Date();
    if (!actor || actor.role !== "LISTENER" || !actor.speakInvitedAt) {
      throw new AppError("CONFLICT", {
        message: `accept: ${actorId} has no invitation to speak in ${roomId}`,
        key: "noSpeakInvite",
      });
    }
    if (!isSpeakInviteLive(actor.speakInvitedAt, now)) {
      throw new AppError("CONFLICT", {
        message: `accept: ${actorId}'s invitation in ${roomId} timed out`,
        key: "speakInviteExpired",
      });
    }
    await assertStageHasRoom(tx, room);
    // Conditional on the same live invitation: a second line of defence behind the room lock.
    const promoted = await tx.roomParticipant.updateMany({
      where: {
        roomId,
        userId: actorId,
        role: "LISTENER",
        bannedAt: null,
        speakInvitedAt: { gte: new Date(now.getTime() - SPEAK_INVITE_TTL_MS) },
      },
      data: { role: "SPEAKER", handRaisedAt: null, speakInvitedAt: null, speakInvitedById: null },
    });
    if (promoted.count === 0) {
      throw new AppError("CONFLICT", { key: "noSpeakInvite" });
    }
    await tx.moderationEvent.create({
      data: { roomId, actorId, targetId: actor.speakInvitedById, action: "SPEAK_INVITE_ACCEPTED" },
    });
    await notifyOnStage(tx, roomId, actorId);
    await recountPresence(tx, roomId);
  });
  const connected = await pushStageState({ roomId, userId: actorId });
  if (connected)
    await sendStageNotice({ roomId, kind: "inviteAccepted", actorId, to: "moderators" });
  return { role: "speaker" as const };
}
