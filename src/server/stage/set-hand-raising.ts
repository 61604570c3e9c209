import "server-only";
import { db } from "@/server/db";
import { pushRoomMetadata } from "@/server/livekit/push-room-metadata";
import { loadStage, requireModerator } from "@/server/stage/load-stage";
import { pushStageState } from "@/server/stage/push-stage-state";

export type SetHandRaisingOptions = { roomId: string; actorId: string; on: boolean };

/**
 * Turns hand raising on or off for the room (the host or a moderator). Off also clears the queue:
 * every raised hand comes down. Setting what is already set changes and logs nothing.
 */
export async function setHandRaising({ roomId, actorId, on }: SetHandRaisingOptions) {
  const cleared = await db.$transaction(async (tx) => {
    const stage = await loadStage(tx, { roomId, actorId, lock: true, requireLive: true });
    requireModerator(stage);
    if (stage.room.handRaisingOn === on) return null;
    await tx.room.update({ where: { id: roomId }, data: { handRaisingOn: on } });
    const hands = on
      ? []
      : await tx.roomParticipant.findMany({
          where: { roomId, handRaisedAt: { not: null } },
          select: { userId: true, role: true },
        });
    if (hands.length > 0) {
      await tx.roomParticipant.updateMany({
        where: { roomId, handRaisedAt: { not: null } },
        data: { handRaisedAt: null },
      });
    }
    await tx.moderationEvent.create({
      data: { roomId, actorId, action: on ? "HAND_RAISING_ON" : "HAND_RAISING_OFF" },
    });
    return hands;
  });
  if (!cleared) return { handRaisingOn: on };

  // Nobody connected yet: there is no LiveKit room, and joiners read the setting from the app.
  await pushRoomMetadata({ roomId });
  await Promise.all(cleared.map((hand) => pushStageState({ roomId, userId: hand.userId })));
  return { handRaisingOn: on };
}
