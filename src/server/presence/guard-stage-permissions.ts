import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { roomService } from "@/server/livekit/room-service";
import { judgeParticipants, type LivekitParticipant } from "@/server/presence/judge-participant";
import { claimTurnAndListWatchedRooms, listWatchedRooms } from "@/server/presence/stage-watch";

/**
 * How often the guard looks at watched rooms. A stale publisher is corrected within about one
 * interval plus one statement, a listParticipants, one query and one updateParticipant: inside the
 * 1 s a listener may hold publish rights, with webhooks delayed or lost, on a loaded machine too
 * (docs/security.md has the measurements). Webhooks (participant_joined, track_published) reach
 * the same judge sooner when they arrive; this is what holds when they do not.
 */
export const STAGE_GUARD_INTERVAL_MS = 250;

const uuid = z.uuid();

// Rooms listed at once: LiveKit answers in milliseconds; bounded so a burst of watches cannot
// flood it.
const ROOM_CONCURRENCY = 8;

export type GuardStagePermissionsOptions = {
  /** Skip the turn if any app instance took one this recently (0 = always run). */
  minIntervalMs: number;
};

/**
 * One look at every watched room (stage-watch.ts): everyone LiveKit lists there holding publish
 * rights is judged against Postgres, whether or not a webhook ever told us they joined. A
 * signalling-only session (never ACTIVE, so no participant_joined webhook) is caught the same way.
 */
export async function guardStagePermissions({
  minIntervalMs,
}: GuardStagePermissionsOptions): Promise<{ ran: boolean; rooms: number; corrected: number }> {
  const rooms =
    minIntervalMs > 0
      ? await claimTurnAndListWatchedRooms(db, "stage-guard", minIntervalMs)
      : await listWatchedRooms(db);
  if (!rooms) return { ran: false, rooms: 0, corrected: 0 };
  let corrected = 0;
  for (let start = 0; start < rooms.length; start += ROOM_CONCURRENCY) {
    const counts = await Promise.all(rooms.slice(start, start + ROOM_CONCURRENCY).map(guardRoom));
    corrected += counts.reduce((sum, n) => sum + n, 0);
  }
  return { ran: true, rooms: rooms.length, corrected };
}

async function guardRoom(roomId: string): Promise<number> {
  let listed: LivekitParticipant[];
  try {
    listed = await roomService().listParticipants(roomId);
  } catch (error) {
    if (isLivekitNotFound(error)) return 0;
    throw error;
  }
  // Only Hearth's people (Egress and other server participants are not named by a user id), and
  // only those LiveKit lets publish: the full comparison is the minute sweep's.
  const publishers = listed.filter(
    (p) => uuid.safeParse(p.identity).success && p.permission?.canPublish === true,
  );
  if (publishers.length === 0) return 0;
  const verdicts = await judgeParticipants({
    roomId,
    participants: publishers,
    statePush: "behind",
  });
  return verdicts.filter((v) => v === "corrected" || v === "removed").length;
}

/**
 * Runs the guard in this process (every app instance starts one; turns are claimed in Postgres, so
 * the cluster looks once per interval). Turns start an interval apart, or at once after a turn
 * that took longer: a starved event loop delays one turn, not every later one. Returns a stop
 * function.
 */
export function startStageGuard(intervalMs = STAGE_GUARD_INTERVAL_MS): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const turn = () => {
    const startedAt = Date.now();
    guardStagePermissions({ minIntervalMs: Math.floor(intervalMs * 0.8) })
      .catch((error: unknown) => {
        console.warn("stage guard failed", error);
      })
      .finally(() => {
        if (stopped) return;
        timer = setTimeout(turn, Math.max(0, startedAt + intervalMs - Date.now()));
        timer.unref();
      });
  };
  timer = setTimeout(turn, intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
