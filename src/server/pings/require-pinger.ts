import "server-only";
import type { RoomVisibility } from "@/generated/prisma/enums";
import { ON_STAGE_ROOM_ROLES } from "@/lib/live/roles";
import type { DbOrTx } from "@/server/create-db";
import { AppError } from "@/server/errors";
import { loadStage } from "@/server/stage/load-stage";

export type RequirePingerOptions = { roomId: string; actorId: string };

export type PingRoom = { id: string; title: string; visibility: RoomVisibility };

/**
 * Who may ping from a room: anyone present in a live open or club room, and in a closed room only
 * the people on stage (its host, moderators and speakers), since a closed room's list is theirs to
 * grow. The room is found as the stage finds it (loadStage: 404 when the caller may not see it,
 * 403 when they were removed from it).
 */
export async function requirePinger(tx: DbOrTx, options: RequirePingerOptions): Promise<PingRoom> {
  const { actor } = await loadStage(tx, { ...options, lock: false, requireLive: true });
  if (!actor || actor.leftAt) {
    throw new AppError("FORBIDDEN", {
      message: `ping: ${options.actorId} is not in ${options.roomId}`,
      key: "pingFromInsideOnly",
    });
  }
  const room = await tx.room.findUniqueOrThrow({
    where: { id: options.roomId },
    select: { id: true, title: true, visibility: true },
  });
  if (room.visibility === "CLOSED" && !ON_STAGE_ROOM_ROLES.includes(actor.role)) {
    throw new AppError("FORBIDDEN", {
      message: `ping: ${options.actorId} is in the audience of closed room ${options.roomId}`,
      key: "pingFromStageOnly",
    });
  }
  return room;
}
