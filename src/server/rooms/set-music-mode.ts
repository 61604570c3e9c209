import "server-only";
import { db } from "@/server/db";
import { pushRoomMetadata } from "@/server/livekit/push-room-metadata";
import { loadStage, requireModerator } from "@/server/stage/load-stage";

export type SetMusicModeOptions = { roomId: string; actorId: string; on: boolean };

/**
 * Turns music mode on or off (the host or a moderator). Clients learn of it from the room metadata
 * and speakers republish their microphones with music or voice settings, staying on stage.
 */
export async function setMusicMode({ roomId, actorId, on }: SetMusicModeOptions) {
  const room = await db.$transaction(async (tx) => {
    const stage = await loadStage(tx, { roomId, actorId, lock: true, requireLive: true });
    requireModerator(stage);
    return tx.room.update({
      where: { id: roomId },
      data: { musicMode: on },
      select: { handRaisingOn: true, musicMode: true },
    });
  });
  // Nobody connected yet: the first joiner's room is created with the stored setting.
  await pushRoomMetadata({ roomId });
  return { musicMode: room.musicMode };
}
