import "server-only";
import { db } from "@/server/db";
import { endEmptyStageRooms } from "@/server/live/end-empty-stage-rooms";
import { roomService } from "@/server/livekit/room-service";
import { claimTurn } from "@/server/presence/claim-turn";
import { reconcileRoom } from "@/server/presence/reconcile-room";

export type ReconcileLiveRoomsOptions = {
  /** Skip the sweep if any app instance ran one this recently (0 = always run). */
  minIntervalMs: number;
  /** At most this many rooms per sweep; the rest wait for the next one. */
  limit?: number;
};

/**
 * The periodic repair of presence and permissions across every live room: each is reconciled
 * against LiveKit's own list of its participants, and everyone listed is judged against Postgres
 * (role, hand, permissions, the room-access policy). Not only rooms whose head count disagrees: a
 * stale rejoin that replaces the person's own session keeps the count equal, and a lost webhook
 * must still be repaired. Claims the sweep in Postgres first, so many app instances run it once.
 * `repaired` counts rooms whose head count disagreed with LiveKit's.
 */
export async function reconcileLiveRooms({
  minIntervalMs,
  limit = 500,
}: ReconcileLiveRoomsOptions): Promise<{ ran: boolean; checked: number; repaired: number }> {
  if (minIntervalMs > 0 && !(await claimTurn("presence-sweep", minIntervalMs))) {
    return { ran: false, checked: 0, repaired: 0 };
  }
  const [live, livekitRooms] = await Promise.all([
    db.room.findMany({
      where: { status: "LIVE" },
      select: { id: true, listenerCount: true, speakerCount: true },
      orderBy: { startedAt: "asc" },
      take: limit,
    }),
    roomService().listRooms(),
  ]);
  const headcount = new Map(livekitRooms.map((room) => [room.name, room.numParticipants]));
  const suspect = live.filter(
    (room) => headcount.get(room.id) !== room.listenerCount + room.speakerCount,
  );
  for (const room of live) await reconcileRoom({ roomId: room.id });
  await endEmptyStageRooms();
  return { ran: true, checked: live.length, repaired: suspect.length };
}
