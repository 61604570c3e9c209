import "server-only";
import { randomUUID } from "node:crypto";
import { LIVE_TOPICS, type HostChangedMessage } from "@/lib/live/messages";
import type { DbOrTx } from "@/server/create-db";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { broadcastToRoom } from "@/server/livekit/broadcast-to-room";
import { endRoom } from "@/server/live/end-room";
import { recountPresence } from "@/server/presence/recount-presence";
import { watchRoomForStalePublishers } from "@/server/presence/stage-watch";
import { loadStage } from "@/server/stage/load-stage";
import { pushStageState } from "@/server/stage/push-stage-state";

export type HandOverHostOptions = { roomId: string; actorId: string };

export type HandOverHostResult =
  { handedOver: true; hostId: string; hostName: string } | { handedOver: false; ended: true };

/**
 * Who takes the room when its host goes: a moderator, else the longest-serving speaker (the
 * earliest to join of those on stage; the schema keeps no promotion time, so joining stands in).
 * RoomRole sorts HOST, MODERATOR, SPEAKER, LISTENER, so one ordering gives both rules.
 */
export async function findSuccessor(tx: DbOrTx, roomId: string, leavingId: string) {
  return tx.roomParticipant.findFirst({
    where: {
      roomId,
      userId: { not: leavingId },
      leftAt: null,
      bannedAt: null,
      role: { in: ["MODERATOR", "SPEAKER"] },
    },
    orderBy: [{ role: "asc" }, { joinedAt: "asc" }],
    select: { userId: true, user: { select: { displayName: true } } },
  });
}

/**
 * The host leaves without ending: under the room lock their seat passes to the successor, they
 * leave, and the handover is logged; then LiveKit hears the new permissions and everyone in the
 * room is told. With nobody on stage to take over, the room ends instead.
 */
export async function handOverHost({
  roomId,
  actorId,
}: HandOverHostOptions): Promise<HandOverHostResult> {
  const outcome = await db.$transaction(async (tx) => {
    const stage = await loadStage(tx, { roomId, actorId, lock: true, requireLive: true });
    if (stage.actor?.role !== "HOST") {
      throw new AppError("FORBIDDEN", {
        message: `hand over refused: ${actorId} is not the host of ${roomId}`,
        key: "hostOnlyEnd",
      });
    }
    return passHostSeat(tx, roomId, actorId);
  });

  if (!outcome) {
    await endRoom({ roomId, actorId });
    return { handedOver: false, ended: true };
  }
  return announceHandOver(roomId, actorId, outcome);
}

type SeatPassed = {
  successor: NonNullable<Awaited<ReturnType<typeof findSuccessor>>>;
  leavingName: string;
};

/**
 * Inside the caller's transaction, holding the room lock: the host's seat passes to the successor,
 * the host leaves, the handover is logged. Null when nobody on stage can take it.
 */
export async function passHostSeat(
  tx: DbOrTx,
  roomId: string,
  actorId: string,
): Promise<SeatPassed | null> {
  const successor = await findSuccessor(tx, roomId, actorId);
  if (!successor) return null;
  const now = new Date();
  await tx.roomParticipant.update({
    where: { roomId_userId: { roomId, userId: actorId } },
    data: { role: "LISTENER", leftAt: now, handRaisedAt: null },
  });
  await tx.roomParticipant.update({
    where: { roomId_userId: { roomId, userId: successor.userId } },
    data: { role: "HOST", handRaisedAt: null },
  });
  await tx.moderationEvent.create({
    data: { roomId, actorId, targetId: successor.userId, action: "HAND_OVER_HOST" },
  });
  await recountPresence(tx, roomId);
  // They may keep a publish-capable token LiveKit refreshed while they were on stage.
  await watchRoomForStalePublishers(tx, roomId);
  const leaving = await tx.user.findUniqueOrThrow({
    where: { id: actorId },
    select: { displayName: true },
  });
  return { successor, leavingName: leaving.displayName };
}

/** After the handover committed: LiveKit hears the new permissions and everyone is told. */
export async function announceHandOver(
  roomId: string,
  actorId: string,
  { successor, leavingName }: SeatPassed,
): Promise<HandOverHostResult> {
  await Promise.all([
    pushStageState({ roomId, userId: successor.userId }),
    pushStageState({ roomId, userId: actorId }),
  ]);
  const message: HostChangedMessage = {
    type: "hostChanged",
    id: randomUUID(),
    fromName: leavingName,
    toId: successor.userId,
    toName: successor.user.displayName,
    sentAt: Date.now(),
  };
  // The handover stands even if LiveKit has already closed the room; telling is best effort.
  await broadcastToRoom({ roomId, message, topic: LIVE_TOPICS.host }).catch(() => undefined);
  return { handedOver: true, hostId: successor.userId, hostName: successor.user.displayName };
}
