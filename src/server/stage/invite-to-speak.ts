import "server-only";
import { isSpeakInviteLive, SPEAK_INVITE_TTL_MS } from "@/lib/live/stage-notices";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertStageHasRoom } from "@/server/stage/assert-stage-has-room";
import { loadStage, requireModerator, requireTarget } from "@/server/stage/load-stage";
import { pushStageState } from "@/server/stage/push-stage-state";

export type InviteToSpeakOptions = { roomId: string; actorId: string; targetId: string };

/**
 * A moderator invites a listener (from the queue or the audience) to speak. Nobody is pulled on
 * stage: the invitation is stored and shown to the listener, who joins the stage only by accepting
 * it (accept-speak-invite.ts) within SPEAK_INVITE_TTL_MS. An invitation already waiting is not
 * sent again, so two moderators inviting the same hand at once invite once. A full stage refuses
 * here too, so nobody is asked to a seat that is not there (accepting checks it again).
 */
export async function inviteToSpeak({ roomId, actorId, targetId }: InviteToSpeakOptions) {
  const invitedAt = await db.$transaction(async (tx) => {
    const stage = await loadStage(tx, { roomId, actorId, targetId, lock: true, requireLive: true });
    requireModerator(stage);
    const target = requireTarget(stage);
    if (target.role !== "LISTENER") {
      throw new AppError("CONFLICT", {
        message: `invite: ${targetId} is already ${target.role} in ${roomId}`,
        key: "theyAreOnStage",
      });
    }
    if (target.leftAt) {
      throw new AppError("CONFLICT", {
        message: `invite: ${targetId} has left ${roomId}`,
        key: "theyLeft",
      });
    }
    const now = new Date();
    if (isSpeakInviteLive(target.speakInvitedAt, now)) return target.speakInvitedAt;
    await assertStageHasRoom(tx, stage.room);
    await tx.roomParticipant.update({
      where: { roomId_userId: { roomId, userId: targetId } },
      data: { speakInvitedAt: now, speakInvitedById: actorId },
    });
    await tx.moderationEvent.create({
      data: { roomId, actorId, targetId, action: "INVITE_TO_SPEAK" },
    });
    return now;
  });
  await pushStageState({ roomId, userId: targetId });
  return {
    role: "listener" as const,
    speakInvitedAt: invitedAt.toISOString(),
    expiresAt: new Date(invitedAt.getTime() + SPEAK_INVITE_TTL_MS).toISOString(),
  };
}
