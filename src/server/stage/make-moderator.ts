import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { notifyOnStage } from "@/server/notifications/notify-on-stage";
import { recountPresence } from "@/server/presence/recount-presence";
import { assertStageHasRoom } from "@/server/stage/assert-stage-has-room";
import { loadStage, requireModerator, requireTarget } from "@/server/stage/load-stage";
import { pushStageState } from "@/server/stage/push-stage-state";
import { sendStageNotice } from "@/server/stage/send-stage-notice";

export type MakeModeratorOptions = { roomId: string; actorId: string; targetId: string };

/**
 * A moderator makes a speaker or a listener a moderator. Moderators sit on stage, so promoting a
 * listener takes a seat and is held to the speaker limit like an invitation to speak.
 */
export async function makeModerator({ roomId, actorId, targetId }: MakeModeratorOptions) {
  await db.$transaction(async (tx) => {
    const stage = await loadStage(tx, { roomId, actorId, targetId, lock: true, requireLive: true });
    requireModerator(stage);
    const target = requireTarget(stage);
    if (target.role === "HOST" || target.role === "MODERATOR") {
      throw new AppError("CONFLICT", {
        message: `make moderator: ${targetId} is already ${target.role} in ${roomId}`,
        key: "alreadyModerator",
      });
    }
    if (target.role === "LISTENER") {
      if (target.leftAt) {
        throw new AppError("CONFLICT", { key: "theyLeft" });
      }
      await assertStageHasRoom(tx, stage.room);
    }
    await tx.roomParticipant.update({
      where: { roomId_userId: { roomId, userId: targetId } },
      // A listener made moderator is on stage at once: an invitation to speak has nothing left to ask.
      data: { role: "MODERATOR", handRaisedAt: null, speakInvitedAt: null, speakInvitedById: null },
    });
    await tx.moderationEvent.create({
      data: { roomId, actorId, targetId, action: "MAKE_MODERATOR" },
    });
    if (target.role === "LISTENER") await notifyOnStage(tx, roomId, targetId);
    await recountPresence(tx, roomId);
  });
  const connected = await pushStageState({ roomId, userId: targetId });
  if (connected) await sendStageNotice({ roomId, kind: "madeModerator", actorId, to: [targetId] });
  return { role: "moderator" as const };
}
