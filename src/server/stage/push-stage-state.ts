import "server-only";
import { participantAttributes } from "@/lib/live/attributes";
import { stageRoleOf } from "@/lib/live/roles";
import { isSpeakInviteLive } from "@/lib/live/stage-notices";
import { db } from "@/server/db";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { stagePermissionFor } from "@/server/livekit/permissions";
import { pushRoomMetadata } from "@/server/livekit/push-room-metadata";
import { roomService } from "@/server/livekit/room-service";

export type PushStageStateOptions = { roomId: string; userId: string };

/**
 * Tells LiveKit a participant's stage state as Postgres holds it now: the full permission set for
 * the role (updateParticipant replaces it whole, so nothing may be left out) and the `role`,
 * `handRaisedAt` and invitation attributes every client renders the stage and the queue from (an
 * invitation past its time-out is pushed as none: it can no longer be accepted).
 *
 * The row stays locked from the read until LiveKit has answered, so pushes for one person land in
 * the order of the writes they follow: a join's judgement read just before a raised hand cannot
 * overwrite the hand in LiveKit after it was pushed. Someone not connected right now is not an
 * error: the database change stands and their next token is minted from it. Returns whether they
 * were connected.
 *
 * Alongside, the room's stage list in its metadata (push-room-metadata.ts), which is whom clients
 * subscribe to: written only when this person's move changed it, at the same time as their
 * permissions, so a speaker raised now is heard as soon as they publish.
 */
export async function pushStageState({ roomId, userId }: PushStageStateOptions): Promise<boolean> {
  const [connected] = await Promise.all([
    pushParticipant({ roomId, userId }),
    pushRoomMetadata({ roomId }),
  ]);
  return connected;
}

async function pushParticipant({ roomId, userId }: PushStageStateOptions): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "RoomParticipant"
        WHERE "roomId" = ${roomId}::uuid AND "userId" = ${userId}::uuid FOR NO KEY UPDATE`;
      const standing = await tx.roomParticipant.findUnique({
        where: { roomId_userId: { roomId, userId } },
        select: {
          role: true,
          handRaisedAt: true,
          speakInvitedAt: true,
          speakInvitedBy: { select: { displayName: true } },
        },
      });
      if (!standing) return false;
      const role = stageRoleOf(standing.role);
      const invited = isSpeakInviteLive(standing.speakInvitedAt, new Date());
      try {
        await roomService().updateParticipant(roomId, userId, {
          permission: stagePermissionFor(role),
          attributes: participantAttributes({
            role,
            handRaisedAt: standing.handRaisedAt,
            speakInvitedAt: invited ? standing.speakInvitedAt : null,
            speakInvitedBy: invited ? (standing.speakInvitedBy?.displayName ?? "") : "",
          }),
        });
        return true;
      } catch (error) {
        if (isLivekitNotFound(error)) return false;
        throw error;
      }
    },
    // LiveKit usually answers in milliseconds; a loaded node gets longer before the lock is given up.
    { timeout: 15_000 },
  );
}
