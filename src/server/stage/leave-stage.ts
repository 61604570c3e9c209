import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recountPresence } from "@/server/presence/recount-presence";
import { watchRoomForStalePublishers } from "@/server/presence/stage-watch";
import { loadStage } from "@/server/stage/load-stage";
import { pushStageState } from "@/server/stage/push-stage-state";

export type LeaveStageOptions = { roomId: string; actorId: string };

/**
 * A speaker or moderator steps down to the audience by themselves ("Leave the stage"). Revoking
 * canPublish makes LiveKit unpublish their microphone. The host stays host for the life of the
 * room (joining re-grants it to the room's creator), so their request is refused, not half-done.
 */
export async function leaveStage({ roomId, actorId }: LeaveStageOptions) {
  await db.$transaction(async (tx) => {
    const { actor } = await loadStage(tx, { roomId, actorId, lock: true, requireLive: true });
    if (actor?.role === "HOST") {
      throw new AppError("CONFLICT", {
        message: `leave stage: host of ${roomId} tried to leave the stage`,
        key: "hostStaysOnStage",
      });
    }
    if (!actor || actor.role === "LISTENER") {
      throw new AppError("CONFLICT", {
        message: `leave stage: ${actorId} is not on stage in ${roomId}`,
        key: "youAreInAudience",
      });
    }
    await tx.roomParticipant.update({
      where: { roomId_userId: { roomId, userId: actorId } },
      data: { role: "LISTENER", handRaisedAt: null },
    });
    await tx.moderationEvent.create({ data: { roomId, actorId, action: "LEAVE_STAGE" } });
    await recountPresence(tx, roomId);
    // They may keep a publish-capable token LiveKit refreshed while they were on stage.
    await watchRoomForStalePublishers(tx, roomId);
  });
  await pushStageState({ roomId, userId: actorId });
  return { role: "listener" as const };
}
