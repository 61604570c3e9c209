import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadStage, requireModerator, requireTarget } from "@/server/stage/load-stage";
import { pushStageState } from "@/server/stage/push-stage-state";

export type DismissHandOptions = { roomId: string; actorId: string; targetId: string };

/** A moderator takes a listener's hand down without bringing them up. */
export async function dismissHand({ roomId, actorId, targetId }: DismissHandOptions) {
  await db.$transaction(async (tx) => {
    const stage = await loadStage(tx, { roomId, actorId, targetId, lock: true, requireLive: true });
    requireModerator(stage);
    if (!requireTarget(stage).handRaisedAt) {
      // Usually another moderator got there first; saying so beats a silent success.
      throw new AppError("CONFLICT", {
        message: `dismiss: ${targetId} has no raised hand in ${roomId}`,
        key: "handNotRaised",
      });
    }
    await tx.roomParticipant.update({
      where: { roomId_userId: { roomId, userId: targetId } },
      data: { handRaisedAt: null },
    });
    await tx.moderationEvent.create({
      data: { roomId, actorId, targetId, action: "DISMISS_HAND" },
    });
  });
  await pushStageState({ roomId, userId: targetId });
  return { handRaisedAt: null };
}
