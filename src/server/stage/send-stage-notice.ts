import "server-only";
import { randomUUID } from "node:crypto";
import { DataPacket_Kind } from "livekit-server-sdk";
import { MODERATOR_ROOM_ROLES } from "@/lib/live/roles";
import {
  encodeStageNotice,
  STAGE_NOTICE_TOPIC,
  type StageNoticeKind,
} from "@/lib/live/stage-notices";
import { db } from "@/server/db";
import { roomService } from "@/server/livekit/room-service";

export type SendStageNoticeOptions = {
  roomId: string;
  kind: StageNoticeKind;
  actorId: string;
  /** The identities told, or every host and moderator present in the room. */
  to: readonly string[] | "moderators";
};

/**
 * Tells the people a stage change concerns what happened and who did it, through LiveKit to their
 * pages only. Called after the change is committed and pushed, and only when the person it is
 * about is connected (LiveKit takes seconds to refuse data for a room it does not hold): it is
 * news about a change that stands, so a failure to deliver it is logged, never an error for the
 * person who made the change.
 */
export async function sendStageNotice({ roomId, kind, actorId, to }: SendStageNoticeOptions) {
  const [actor, recipients] = await Promise.all([
    db.user.findUnique({ where: { id: actorId }, select: { displayName: true } }),
    to === "moderators" ? presentModerators(roomId, actorId) : Promise.resolve([...to]),
  ]);
  if (recipients.length === 0) return;
  const notice = encodeStageNotice({
    type: "stage",
    id: randomUUID(),
    kind,
    actorId,
    actorName: actor?.displayName ?? "",
    sentAt: Date.now(),
  });
  try {
    await roomService().sendData(roomId, notice, DataPacket_Kind.RELIABLE, {
      topic: STAGE_NOTICE_TOPIC,
      destinationIdentities: recipients,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`stage notice ${kind} in ${roomId} not delivered: ${reason}`);
  }
}

async function presentModerators(roomId: string, exceptId: string): Promise<string[]> {
  const moderators = await db.roomParticipant.findMany({
    where: {
      roomId,
      role: { in: [...MODERATOR_ROOM_ROLES] },
      leftAt: null,
      bannedAt: null,
      userId: { not: exceptId },
    },
    select: { userId: true },
  });
  return moderators.map((moderator) => moderator.userId);
}
