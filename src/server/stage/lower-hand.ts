import "server-only";
import { db } from "@/server/db";
import { loadStage } from "@/server/stage/load-stage";
import { pushStageState } from "@/server/stage/push-stage-state";

export type LowerHandOptions = { roomId: string; actorId: string };

/** A listener takes their hand down; lowering a hand that is not raised is a harmless no-op. */
export async function lowerHand({ roomId, actorId }: LowerHandOptions) {
  const lowered = await db.$transaction(async (tx) => {
    const { actor } = await loadStage(tx, { roomId, actorId, lock: true, requireLive: true });
    if (!actor?.handRaisedAt) return false;
    await tx.roomParticipant.update({
      where: { roomId_userId: { roomId, userId: actorId } },
      data: { handRaisedAt: null },
    });
    return true;
  });
  if (lowered) {
    await pushStageState({ roomId, userId: actorId });
  }
  return { handRaisedAt: null };
}
