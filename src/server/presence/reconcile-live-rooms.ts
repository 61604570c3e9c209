import "server-only";
import { db } from "@/server/db";
import { endEmptyStageRooms } from "@/server/live/end-empty-stage-rooms";
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
}: ReconcileLiveRoomsOptions): Promise<{ ran: boolean; checked: number; repaired: number }> {
  if (minIntervalMs > 0 && !(await claimSweep(minIntervalMs))) {
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
  for (const room of suspect) await reconcileRoom({ roomId: room.id });
  await endEmptyStageRooms();
  return { ran: true, checked: live.length, repaired: suspect.length };
}

// pg_advisory locks take a bigint; this one names the presence sweep across every app instance.
const SWEEP_LOCK_KEY = 0x4865_6172_7468_01n; // "Hearth" + 1

/**
 * True for exactly one caller per interval, across every app instance. The advisory lock lets
 * exactly one instance look at a time (the others return at once instead of queueing on the row);
 * the stored time of the last sweep is what spaces sweeps an interval apart.
 */
async function claimSweep(minIntervalMs: number): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
      SELECT pg_try_advisory_xact_lock(${SWEEP_LOCK_KEY}) AS locked`;
      if (!lock?.locked) return false;
      const now = new Date();
      const dueBefore = new Date(now.getTime() - minIntervalMs);
      const claimed = await tx.$queryRaw<{ key: string }[]>`
      INSERT INTO "RateLimit" (key, count, "windowStart") VALUES ('presence-sweep', 1, ${now})
      ON CONFLICT (key) DO UPDATE SET count = "RateLimit".count + 1, "windowStart" = ${now}
        WHERE "RateLimit"."windowStart" <= ${dueBefore}
      RETURNING key`;
      return claimed.length > 0;
    },
    // A busy pool may take a while to hand out a connection; the sweep can wait, unlike a request.
    { maxWait: 10_000, timeout: 10_000 },
  );
}
