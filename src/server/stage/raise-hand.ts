import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadStage } from "@/server/stage/load-stage";
import { pushStageState } from "@/server/stage/push-stage-state";

export type RaiseHandOptions = { roomId: string; actorId: string };

/**
 * A listener asks to speak. The queue is ordered by handRaisedAt, so raising again keeps the
 * original time (and place). Not a moderation action, so not in the moderation log.
 */
export async function raiseHand({ roomId, actorId }: RaiseHandOptions) {
  const handRaisedAt = await db.$transaction(async (tx) => {
    // Under the room lock, so a host turning hand raising off cannot miss a hand raised meanwhile.
    const { room, actor } = await loadStage(tx, {
      roomId,
      actorId,
      lock: true,
      requireLive: true,
    });
    if (!actor) {
      throw new AppError("FORBIDDEN", {
        message: `raise hand: ${actorId} has not joined ${roomId}`,
        key: "joinToRaiseHand",
      });
    }
    if (actor.role !== "LISTENER") {
      throw new AppError("CONFLICT", {
        message: `raise hand: ${actorId} is ${actor.role} in ${roomId}`,
        key: "youAreOnStage",
      });
    }
    if (!room.handRaisingOn) {
      throw new AppError("CONFLICT", {
        message: `raise hand: hand raising is off in ${roomId}`,
        key: "handRaisingOff",
      });
    }
    if (actor.handRaisedAt) return actor.handRaisedAt;
    const raised = await tx.roomParticipant.update({
      where: { roomId_userId: { roomId, userId: actorId } },
      data: { handRaisedAt: new Date() },
      select: { handRaisedAt: true },
    });
    // Counted for the host's end-of-room summary.
    await tx.room.update({ where: { id: roomId }, data: { handsRaised: { increment: 1 } } });
    return raised.handRaisedAt;
  });
  await pushStageState({ roomId, userId: actorId });
  return { handRaisedAt: handRaisedAt?.toISOString() ?? null };
}
