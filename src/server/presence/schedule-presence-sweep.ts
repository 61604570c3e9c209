import "server-only";
import { after } from "next/server";
import { reconcileLiveRooms } from "@/server/presence/reconcile-live-rooms";

// At most one sweep a minute across all app instances; lost webhooks are repaired within that.
const SWEEP_INTERVAL_MS = 60_000;

/**
 * Runs the presence repair once the current response has been sent, so it never slows the
 * request that triggered it. Join requests call this: they are frequent wherever people listen.
 */
export function schedulePresenceSweep(): void {
  try {
    after(async () => {
      await reconcileLiveRooms({ minIntervalMs: SWEEP_INTERVAL_MS }).catch((error: unknown) => {
        console.error("presence sweep failed", error);
      });
    });
  } catch {
    // Outside a Next.js request (integration tests call handlers directly) there is no response
    // to run after; the next real request's sweep covers it.
  }
}
