import "server-only";
import { db } from "@/server/db";
import { roomService } from "@/server/livekit/room-service";
import { reconcileRoom } from "@/server/presence/reconcile-room";

export type ReconcileLiveRoomsOptions = {
  /** Skip the sweep if any app instance ran one this recently (0 = always run). */
  minIntervalMs: number;
  /** At most this many rooms per sweep; the rest wait for the next one. */
  limit?: number;
};

/**
 * The periodic repair of presence across every live room: one listRooms call to LiveKit, then a
 * full reconcile only of rooms whose head count disagrees with Postgres or that LiveKit no longer
 * has. Claims the sweep in Postgres first, so many app instances calling it run it once.
 */
export async function reconcileLiveRooms({
  minIntervalMs,
  limit = 500,
}: ReconcileLiveRoomsOptions): Promise<{ checked: number; repaired: number }> {
  if (minIntervalMs > 0 && !(await claimSweep(minIntervalMs))) return { checked: 0, repaired: 0 };
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
  for (const room of suspect) await reconcileRoom({ roomId: room.id });
  return { checked: live.length, repaired: suspect.length };
}

/** True for exactly one caller per interval, across every app instance. */
async function claimSweep(minIntervalMs: number): Promise<boolean> {
  const now = new Date();
  const dueBefore = new Date(now.getTime() - minIntervalMs);
  const claimed = await db.$queryRaw<{ key: string }[]>`
    INSERT INTO "RateLimit" (key, count, "windowStart") VALUES ('presence-sweep', 1, ${now})
    ON CONFLICT (key) DO UPDATE SET count = "RateLimit".count + 1, "windowStart" = ${now}
      WHERE "RateLimit"."windowStart" <= ${dueBefore}
    RETURNING key`;
  return claimed.length > 0;
}
