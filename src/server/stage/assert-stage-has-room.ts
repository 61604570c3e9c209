import "server-only";
import type { DbOrTx } from "@/server/create-db";
import { AppError } from "@/server/errors";
import { ON_STAGE_ROOM_ROLES } from "@/lib/live/roles";
import type { StageRoom } from "@/server/stage/load-stage";

/**
 * Refuses to seat one more person on a full stage. The stage is the host, moderators and speakers
 * who are in the room now (leftAt null) and not removed: someone who left no longer takes a seat,
 * so a stage does not fill up with people who went home. Call it under the room lock (loadStage
 * with `lock`), so two promotions at once cannot both see the last free seat.
 */
export async function assertStageHasRoom(tx: DbOrTx, room: StageRoom): Promise<void> {
  const seated = await tx.roomParticipant.count({
    where: {
      roomId: room.id,
      role: { in: [...ON_STAGE_ROOM_ROLES] },
      leftAt: null,
      bannedAt: null,
    },
  });
  if (seated < room.speakerLimit) return;
  throw new AppError("CONFLICT", {
    message: `stage full in ${room.id}: ${seated} of ${room.speakerLimit}`,
    key: "stageFull",
    values: { limit: room.speakerLimit },
  });
}
