import type { Instrumentation } from "next";
import { getEnv, nextRuntime } from "@/env";

// Validates configuration when the server starts, so a bad setting stops it with a clear message.
export async function register() {
  if (nextRuntime() !== "nodejs") return;
  // Before any request: throttles key on the TCP peer's address, which only the server knows.
  const { stampPeerAddresses } = await import("@/server/http/peer-address");
  stampPeerAddresses();
  const intervalMs = getEnv().PRESENCE_SWEEP_SECONDS * 1000;
  const { reconcileLiveRooms } = await import("@/server/presence/reconcile-live-rooms");
  // Presence is repaired even in quiet spells, when no join triggers a sweep. Every instance looks
  // twice per interval and the sweep claims its turn in Postgres, so the whole cluster sweeps once
  // per interval, and a dead instance delays the next sweep by at most half an interval.
  const timer = setInterval(() => {
    reconcileLiveRooms({ minIntervalMs: intervalMs })
      .then((swept) => {
        if (swept.ran)
          console.info(`presence sweep: ${swept.checked} live rooms, ${swept.repaired} repaired`);
      })
      .catch((error: unknown) => {
        console.warn("presence sweep failed", error);
      });
  }, intervalMs / 2);
  timer.unref();

  // Stage rights: rooms where someone left the stage are watched several times a second, so a
  // token LiveKit refreshed while they were on stage cannot publish (docs/security.md).
  const { startStageGuard } = await import("@/server/presence/guard-stage-permissions");
  startStageGuard();

  // A host or speaker whose connection dropped gets a grace period, then the room hands over or
  // ends (docs/live-room.md, "When someone on stage drops").
  const { startDroppedStageSweep } = await import("@/server/live/sweep-dropped-stages");
  startDroppedStageSweep();

  // Replays: mix the ones whose room ended and bring back recordings Egress lost. Both claim their
  // work in Postgres, so every instance may run them.
  const { runReplayJobs } = await import("@/server/replays/run-replay-jobs");
  const { reconcileRecordings } = await import("@/server/replays/reconcile-recordings");
  const replayTimer = setInterval(() => {
    Promise.all([runReplayJobs(), reconcileRecordings()]).catch((error: unknown) => {
      console.warn("replay jobs failed", error);
    });
  }, REPLAY_TICK_MS);
  replayTimer.unref();

  // RSVPs' reminders 10 minutes before a room starts; each room's reminder is claimed in Postgres.
  const { sendEventReminders } = await import("@/server/events/send-event-reminders");
  const reminderTimer = setInterval(() => {
    sendEventReminders().catch((error: unknown) => {
      console.warn("event reminders failed", error);
    });
  }, REMINDER_TICK_MS);
  reminderTimer.unref();

  // Web Push for what the bell shows; each notification is claimed in Postgres, sent once.
  const { pushDispatcher } = await import("@/server/push/push-dispatcher");
  pushDispatcher.start();
}

/**
 * Every failure Next catches itself (a page or layout that threw, an action, a route handler that
 * threw past its wrapper) gets one line naming its digest, the request, the route file and the
 * cause: the digest is what the error page shows, so an operator finds the line from a screenshot.
 * Next has just printed the stack under the same digest; route handlers' own 500s are logged by
 * errorResponse (src/server/http/), never thrown on, so nothing is logged here twice.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const digest: unknown =
    typeof error === "object" && error !== null ? Reflect.get(error, "digest") : undefined;
  const reference = typeof digest === "string" ? digest : "no-digest";
  const route = `${request.method} ${request.path} (${context.routePath}, ${context.routeType})`;
  if (nextRuntime() !== "nodejs") {
    console.error(`5xx ${reference} ${route}`);
    return;
  }
  const { logServerError } = await import("@/server/http/log-server-error");
  logServerError({ reference, route, error, withStack: false });
};

const REPLAY_TICK_MS = 3_000;
const REMINDER_TICK_MS = 30_000;
