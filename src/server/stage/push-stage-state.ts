import "server-only";
import type { RoomRole } from "@/generated/prisma/client";
import { participantAttributes } from "@/lib/live/attributes";
import { stageRoleOf } from "@/lib/live/roles";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { stagePermissionFor } from "@/server/livekit/permissions";
import { roomService } from "@/server/livekit/room-service";

export type PushStageStateOptions = {
  roomId: string;
  userId: string;
  role: RoomRole;
  handRaisedAt: Date | null;
};

/**
 * Tells LiveKit a participant's stage state after Postgres changed it: the full permission set for
 * the role (updateParticipant replaces it whole, so nothing may be left out) and the `role` and
 * `handRaisedAt` attributes every client renders the stage and the queue from. Someone not
 * connected right now is not an error: the database change stands and their next token is minted
 * from it. Returns whether they were connected.
 */
export async function pushStageState(options: PushStageStateOptions): Promise<boolean> {
  const role = stageRoleOf(options.role);
  try {
    await roomService().updateParticipant(options.roomId, options.userId, {
      permission: stagePermissionFor(role),
      attributes: participantAttributes({ role, handRaisedAt: options.handRaisedAt }),
    });
    return true;
  } catch (error) {
    if (isLivekitNotFound(error)) return false;
    throw error;
  }
}
