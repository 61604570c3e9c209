import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadStage, protectHost, requireModerator, requireTarget } from "@/server/stage/load-stage";
import { pushStageState } from "@/server/stage/push-stage-state";

export type UnmakeModeratorOptions = { roomId: string; actorId: string; targetId: string };

/**
 * A moderator takes moderation away from another moderator (or steps down themselves); they stay
 * on stage as a speaker. The host's role is not a moderator's to take.
 */
export async function unmakeModerator({ roomId, actorId, targetId }: UnmakeModeratorOptions) {
  await db.$transaction(async (tx) => {
    const stage = await loadStage(tx, { roomId, actorId, targetId, lock: true, requireLive: true });
    const actor = requireModerator(stage);
    const target = requireTarget(stage);
    protectHost(actor, target, "demoted");
    if (target.role !== "MODERATOR") {
      throw new AppError("CONFLICT", {
        message: `unmake moderator: ${targetId} is ${target.role} in ${roomId}`,
        key: target.role === "HOST" ? "hostStaysHost" : "notAModerator",
      });
    }
    await tx.roomParticipant.update({
      where: { roomId_userId: { roomId, userId: targetId } },
      data: { role: "SPEAKER" },
    });
    await tx.moderationEvent.create({
      data: { roomId, actorId, targetId, action: "UNMAKE_MODERATOR" },
    });
  });
  await pushStageState({ roomId, userId: targetId });
  return { role: "speaker" as const };
}
