import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recountPresence } from "@/server/presence/recount-presence";
import { watchRoomForStalePublishers } from "@/server/presence/stage-watch";
import { loadStage, protectHost, requireModerator, requireTarget } from "@/server/stage/load-stage";
import { leaveStage } from "@/server/stage/leave-stage";
import { pushStageState } from "@/server/stage/push-stage-state";
import { sendStageNotice } from "@/server/stage/send-stage-notice";

export type MoveToAudienceOptions = { roomId: string; actorId: string; targetId: string };

/**
 * A moderator takes someone off the stage (a speaker or another moderator); they are told who did
 * it. Revoking canPublish makes LiveKit unpublish their microphone. Naming oneself is stepping
 * down ("Leave the stage"), which is leaveStage's to do.
 */
export async function moveToAudience({ roomId, actorId, targetId }: MoveToAudienceOptions) {
  if (actorId === targetId) return leaveStage({ roomId, actorId });
  await db.$transaction(async (tx) => {
    const stage = await loadStage(tx, { roomId, actorId, targetId, lock: true, requireLive: true });
    const actor = requireModerator(stage);
    const target = requireTarget(stage);
    protectHost(actor, target, "moved to the audience");
    if (target.role === "LISTENER") {
      throw new AppError("CONFLICT", {
        message: `move: ${targetId} is already a listener in ${roomId}`,
        key: "theyAreInAudience",
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
    // They may keep a publish-capable token LiveKit refreshed while they were on stage.
    await watchRoomForStalePublishers(tx, roomId);
  });
  const connected = await pushStageState({ roomId, userId: targetId });
  if (connected)
    await sendStageNotice({ roomId, kind: "movedToAudience", actorId, to: [targetId] });
  return { role: "listener" as const };
}
