import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recountPresence } from "@/server/presence/recount-presence";
import { loadStage, protectHost, requireModerator, requireTarget } from "@/server/stage/load-stage";
import { pushStageState } from "@/server/stage/push-stage-state";

export type MoveToAudienceOptions = { roomId: string; actorId: string; targetId: string };

/**
 * Takes someone off the stage: a moderator moving a speaker or another moderator, or a speaker or
 * moderator stepping down themselves ("move me to the audience"). Revoking canPublish makes
 * LiveKit unpublish their microphone. The host stays host for the life of the room (joining
 * re-grants it to the room's creator), so their own request is refused rather than half-done.
 */
export async function moveToAudience({ roomId, actorId, targetId }: MoveToAudienceOptions) {
  await db.$transaction(async (tx) => {
    const stage = await loadStage(tx, { roomId, actorId, targetId, lock: true, requireLive: true });
    const isSelf = actorId === targetId;
    const actor = isSelf && stage.actor ? stage.actor : requireModerator(stage);
    const target = isSelf ? actor : requireTarget(stage);
    protectHost(actor, target, "moved to the audience");
    if (target.role === "HOST") {
      throw new AppError("CONFLICT", {
        message: `move: host of ${roomId} tried to leave the stage`,
        key: "hostStaysOnStage",
      });
    }
    if (target.role === "LISTENER") {
      throw new AppError("CONFLICT", {
        message: `move: ${targetId} is already a listener in ${roomId}`,
        key: isSelf ? "youAreInAudience" : "theyAreInAudience",
      });
    }
    await tx.roomParticipant.update({
      where: { roomId_userId: { roomId, userId: targetId } },
      data: { role: "LISTENER", handRaisedAt: null },
    });
    await tx.moderationEvent.create({
      data: { roomId, actorId, targetId, action: "MOVE_TO_AUDIENCE" },
    });
    await recountPresence(tx, roomId);
  });
  await pushStageState({ roomId, userId: targetId });
  return { role: "listener" as const };
}
