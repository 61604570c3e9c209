import { getEnv, nextRuntime } from "@/env";

// Presence is repaired even in quiet spells, when no join triggers a sweep; the sweep itself claims
// its turn in Postgres, so with many app instances it still runs about once a minute in all.
const SWEEP_EVERY_MS = 60_000;

// Validates configuration when the server starts, so a bad setting stops it with a clear message.
export async function register() {
  if (nextRuntime() !== "nodejs") return;
  getEnv();
  const { reconcileLiveRooms } = await import("@/server/presence/reconcile-live-rooms");
  const timer = setInterval(() => {
    reconcileLiveRooms({ minIntervalMs: SWEEP_EVERY_MS }).catch((error: unknown) => {
      console.warn("presence sweep failed", error);
    });
  }, SWEEP_EVERY_MS);
  timer.unref();
}
