import "server-only";
import { db } from "@/server/db";
import { makeReplay } from "@/server/replays/make-replay";

export type RunReplayJobsOptions = { maxJobs?: number };

/** After this many failed attempts a replay is FAILED; the delays between them grow. */
const MAX_ATTEMPTS = 5;
const LOCK_MINUTES = 15;

type Claimed = { roomId: string; attempts: number };

/**
 * Works through replays whose room has ended. Each is claimed with a lease in Postgres
 * (SKIP LOCKED), so several app instances share the queue and a crashed worker's job is picked up
 * again once its lease runs out. Returns how many jobs it finished (ready, empty or failed).
 */
export async function runReplayJobs({ maxJobs = 3 }: RunReplayJobsOptions = {}): Promise<number> {
  let finished = 0;
  const seen = new Set<string>();
  for (let i = 0; i < maxJobs; i++) {
    const [job] = await db.$queryRaw<Claimed[]>`
      UPDATE "Replay" SET "lockedUntil" = now() + make_interval(mins => ${LOCK_MINUTES}),
        "attempts" = "attempts" + 1
      WHERE "roomId" = (
        SELECT p."roomId" FROM "Replay" p JOIN "Room" r ON r.id = p."roomId"
        WHERE p.status = 'PROCESSING' AND r.status = 'ENDED' AND p."nextAttemptAt" <= now()
          AND (p."lockedUntil" IS NULL OR p."lockedUntil" < now())
        ORDER BY p."nextAttemptAt" LIMIT 1 FOR UPDATE OF p SKIP LOCKED)
      RETURNING "roomId"::text AS "roomId", "attempts"`;
    if (!job || seen.has(job.roomId)) break;
    seen.add(job.roomId);
    try {
      const outcome = await makeReplay({ roomId: job.roomId });
      if (outcome === "waiting") {
        // Egress is still finishing a file: look again shortly, without spending an attempt.
        await db.$executeRaw`
          UPDATE "Replay" SET "lockedUntil" = NULL, "attempts" = "attempts" - 1,
            "nextAttemptAt" = now() + interval '2 seconds'
          WHERE "roomId" = ${job.roomId}::uuid AND status = 'PROCESSING'`;
      } else finished++;
    } catch (error) {
      const message = String(error).slice(0, 1_000);
      console.warn(`replays: mixing ${job.roomId} failed (attempt ${job.attempts})`, error);
      const giveUp = job.attempts >= MAX_ATTEMPTS;
      const delaySeconds = 5 * 2 ** (job.attempts - 1);
      await db.$executeRaw`
        UPDATE "Replay" SET "lockedUntil" = NULL, "lastError" = ${message},
          status = CASE WHEN ${giveUp} THEN 'FAILED'::"ReplayStatus" ELSE status END,
          "nextAttemptAt" = now() + make_interval(secs => ${delaySeconds})
        WHERE "roomId" = ${job.roomId}::uuid AND status = 'PROCESSING'`;
      if (giveUp) finished++;
    }
  }
  return finished;
}

let queued = false;

/**
 * Wakes the queue now rather than at the next tick (a room or recording just ended). Only a
 * latency shortcut: the periodic run in src/instrumentation.ts does the same work.
 */
export function runReplayJobsSoon(): void {
  if (queued) return;
  queued = true;
  setTimeout(() => {
    queued = false;
    runReplayJobs().catch((error: unknown) => console.warn("replays: job run failed", error));
  }, 500).unref();
}
