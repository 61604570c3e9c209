import "server-only";
import type { ParticipantInfo } from "livekit-server-sdk";
import { attributesAgree } from "@/lib/live/attributes";
import { stageRoleOf } from "@/lib/live/roles";
import { db } from "@/server/db";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { stagePermissionFor, type StagePermission } from "@/server/livekit/permissions";
import { roomService } from "@/server/livekit/room-service";
import { roomsVisibleTo } from "@/server/rooms/room-access";
import { pushStageState } from "@/server/stage/push-stage-state";

/** What LiveKit says about a participant: from a webhook, or from listParticipants. */
export type LivekitParticipant = Pick<ParticipantInfo, "identity" | "permission" | "attributes">;

export type JudgeParticipantOptions = { roomId: string; participant: LivekitParticipant };

/**
 * - `room-closed`: the room is not live in Postgres, so LiveKit's room was deleted.
 * - `removed`: the person may not be in the room (account disabled, removed by a moderator, no
 *   longer a club member or on a closed room's guest list, never joined through the app).
 * - `corrected`: LiveKit held another role, hand or permission set; the stored one was pushed.
 * - `agrees`: LiveKit already matched Postgres.
 * - `not-ours`: no Hearth room has this id (another app sharing the LiveKit server); left alone.
 */
export type Verdict = "room-closed" | "removed" | "corrected" | "agrees" | "not-ours";

/**
 * Makes LiveKit agree with Postgres about one participant. LiveKit 1.13 cannot revoke a join token,
 * so anyone can come back with an old one (or the refreshed one LiveKit pushed to them) for its
 * lifetime; every participant_joined webhook and every reconciliation calls this, so the database's
 * word holds whatever token was presented.
 */
export async function judgeParticipant({
  roomId,
  participant,
}: JudgeParticipantOptions): Promise<Verdict> {
  const userId = participant.identity;
  const [room, standing] = await Promise.all([
    db.room.findUnique({ where: { id: roomId }, select: { status: true } }),
    db.roomParticipant.findFirst({
      where: {
        roomId,
        userId,
        bannedAt: null,
        user: { disabledAt: null },
        room: { status: "LIVE", AND: [roomsVisibleTo(userId)] },
      },
      select: { role: true, handRaisedAt: true },
    }),
  ]);
  if (!room) return "not-ours";
  if (room.status !== "LIVE") {
    // Nobody belongs in a room that ended (or has not started): close it for everyone at once.
    await ignoreNotFound(roomService().deleteRoom(roomId));
    return "room-closed";
  }
  if (!standing) {
    await ignoreNotFound(roomService().removeParticipant(roomId, userId));
    return "removed";
  }
  const role = stageRoleOf(standing.role);
  const agrees =
    permissionsAgree(participant.permission, stagePermissionFor(role)) &&
    attributesAgree(participant.attributes, { role, handRaisedAt: standing.handRaisedAt });
  if (agrees) return "agrees";
  await pushStageState({ roomId, userId });
  return "corrected";
}

function permissionsAgree(
  held: LivekitParticipant["permission"],
  wanted: StagePermission,
): boolean {
  if (!held) return false;
  const sources = (list: readonly number[]) => [...list].sort().join(",");
  return (
    held.canSubscribe === wanted.canSubscribe &&
    held.canPublish === wanted.canPublish &&
    held.canPublishData === wanted.canPublishData &&
    held.canUpdateMetadata === wanted.canUpdateMetadata &&
    held.hidden === wanted.hidden &&
    held.recorder === wanted.recorder &&
    sources(held.canPublishSources) === sources(wanted.canPublishSources)
  );
}

async function ignoreNotFound(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (!isLivekitNotFound(error)) throw error;
  }
}
