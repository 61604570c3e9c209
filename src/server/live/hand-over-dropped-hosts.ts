import "server-only";
import { STAGE_GRACE_MS } from "@/lib/live/stage-grace";
import { db } from "@/server/db";
import { announceHandOver, passHostSeat } from "@/server/live/hand-over-host";
import { lockRoom } from "@/server/rooms/lock-room";

export type HandOverDroppedHostsOptions = { now?: Date };

/**
 * Hosts whose connection dropped (LiveKit said they left, and they did not leave through Leave,
 * which hands over at once) and who have not come back within STAGE_GRACE_MS: their seat passes as
 * on Leave, to a moderator, else the earliest speaker. A room with nobody left on stage is ended
 * by endEmptyStageRooms after the same grace. Each room is decided under its lock with the host's
 * absence checked again, so a host returning at that instant keeps the room. Returns the rooms.
 */
export async function handOverDroppedHosts({
  now = new Date(),
}: HandOverDroppedHostsOptions = {}): Promise<string[]> {
  const cutoff = new Date(now.getTime() - STAGE_GRACE_MS);
  const due = await db.$queryRaw<{ roomId: string; userId: string }[]>`
    SELECT p."roomId", p."userId" FROM "Room" r
    JOIN "RoomParticipant" p ON p."roomId" = r.id AND p.role = 'HOST'
    WHERE r.status = 'LIVE' AND p."leftAt" <= ${cutoff} AND p."bannedAt" IS NULL
      AND r."speakerCount" > 0
    LIMIT 200`;
  const handedOver: string[] = [];
  for (const { roomId, userId } of due) {
    const passed = await db.$transaction(async (tx) => {
      await lockRoom(tx, roomId);
      const still = await tx.roomParticipant.count({
        where: { roomId, userId, role: "HOST", leftAt: { lte: cutoff }, room: { status: "LIVE" } },
      });
      return still === 1 ? passHostSeat(tx, roomId, userId) : null;
    });
    if (!passed) continue;
    await announceHandOver(roomId, userId, passed);
    handedOver.push(roomId);
  }
  return handedOver;
}
