import "server-only";
import { endEmptyStageRooms } from "@/server/live/end-empty-stage-rooms";
import { handOverDroppedHosts } from "@/server/live/hand-over-dropped-hosts";
import { markSilentStages } from "@/server/live/stage-beat";

/**
 * Often enough that a silent stage leaves the hallway within a second of its silence being
 * noticed, and a room hands over or ends within a second of the grace running out.
 */
const SWEEP_MS = 1_000;

/**
 * Rooms whose stage went silent are marked (stage-beat.ts); rooms whose stage dropped: ended once
 * the stage has been empty for the grace period, or handed over once their host has been gone for
 * it. Every instance runs it; each room's change is one conditional statement or a locked
 * re-check, so instances racing each other change it once.
 */
export async function sweepDroppedStages(now = new Date()) {
  const silenced = await markSilentStages();
  const ended = await endEmptyStageRooms({ now });
  const handedOver = await handOverDroppedHosts({ now });
  return { silenced, ended, handedOver };
}

/** Started once per app instance at boot (src/instrumentation.ts). */
export function startDroppedStageSweep(): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepDroppedStages()
      .catch((error: unknown) => console.warn("dropped-stage sweep failed", error))
      .finally(() => {
        running = false;
      });
  }, SWEEP_MS);
  timer.unref();
}
