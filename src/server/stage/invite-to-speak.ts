import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recountPresence } from "@/server/presence/recount-presence";
import { assertStageHasRoom } from "@/server/stage/assert-stage-has-room";
import { loadStage, requireModerator, requireTarget } from "@/server/stage/load-stage";
import { pushStageState } from "@/server/stage/push-stage-state";

export type InviteToSpeakOptions = { roomId: string; actorId: string; targetId: string };

/**
 * A moderator brings a listener up (from the queue or the audience): they become a speaker who may
 * publish their microphone, and their hand comes down. Two moderators accepting the same hand at
 * once serialize on the room lock; the second finds a speaker and gets "already on stage".
 */
export async function inviteToSpeak({ roomId, actorId, targetId }: InviteToSpeakOptions) {
  await db.$transaction(async (tx) => {
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
    await assertStageHasRoom(tx, stage.room);
    // Conditional on still being a listener: a second line of defence behind the room lock.
    const promoted = await tx.roomParticipant.updateMany({
      where: { roomId, userId: targetId, role: "LISTENER", bannedAt: null },
      data: { role: "SPEAKER", handRaisedAt: null },
    });
    if (promoted.count === 0) {
      throw new AppError("CONFLICT", { key: "theyAreOnStage" });
    }
    await tx.moderationEvent.create({
      data: { roomId, actorId, targetId, action: "INVITE_TO_SPEAK" },
    });
    await recountPresence(tx, roomId);
  });
  await pushStageState({ roomId, userId: targetId });
  return { role: "speaker" as const };
}
