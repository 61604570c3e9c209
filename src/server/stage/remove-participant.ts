import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { REVOKED_PERMISSION } from "@/server/livekit/permissions";
import { roomService } from "@/server/livekit/room-service";
import { recountPresence } from "@/server/presence/recount-presence";
import { watchRoomForStalePublishers } from "@/server/presence/stage-watch";
import { loadStage, protectHost, requireModerator, requireTarget } from "@/server/stage/load-stage";

export type RemoveParticipantOptions = { roomId: string; actorId: string; targetId: string };

/**
 * A moderator removes someone from the room for good: banned in Postgres (joining refuses them
 * from then on, see live/join-room.ts), then stripped of every LiveKit permission and
 * disconnected. Revoking first matters: LiveKit sends the participant a refreshed token on a
 * permission change, so a client that reconnects with it can neither hear nor speak.
 */
export async function removeParticipant({ roomId, actorId, targetId }: RemoveParticipantOptions) {
  await db.$transaction(async (tx) => {
    const stage = await loadStage(tx, { roomId, actorId, targetId, lock: true, requireLive: true });
    const actor = requireModerator(stage);
    const target = requireTarget(stage);
    protectHost(actor, target, "removed");
    if (targetId === actorId) {
      throw new AppError("CONFLICT", {
        message: `remove: ${actorId} tried to remove themselves from ${roomId}`,
        key: "cantRemoveSelf",
      });
    }
    const now = new Date();
    // Back in the audience and gone from presence too, so the counts drop now, not at the webhook.
    await tx.roomParticipant.update({
      where: { roomId_userId: { roomId, userId: targetId } },
      data: {
        role: "LISTENER",
        handRaisedAt: null,
        bannedAt: now,
        bannedById: actorId,
        leftAt: now,
      },
    });
    await tx.moderationEvent.create({ data: { roomId, actorId, targetId, action: "REMOVE" } });
    await recountPresence(tx, roomId);
    // They may keep a publish-capable token LiveKit refreshed while they were on stage.
    await watchRoomForStalePublishers(tx, roomId);
  });

  await ignoreNotConnected(
    roomService().updateParticipant(roomId, targetId, { permission: REVOKED_PERMISSION }),
  );
  await ignoreNotConnected(roomService().removeParticipant(roomId, targetId));
  return { removed: true };
}

/** Someone not connected right now has nothing to revoke or disconnect; the ban still stands. */
async function ignoreNotConnected(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (!isLivekitNotFound(error)) throw error;
  }
}
