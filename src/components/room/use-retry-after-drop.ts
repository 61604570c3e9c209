"use client";

import { useEffect } from "react";
import type { LiveRoomSummary, LiveSession } from "./live-phase";

/** How far into a run of retries a connect is; the first connect of an entry is { 0, 0 }. */
export type Retry = { attempt: number; serverErrors: number };

/**
 * After a network drop LiveKit gives up on, come back by ourselves: when the browser is online
 * again, or after a growing pause (2 s, doubling, at most 30 s).
 */
export function useRetryAfterDrop(
  session: LiveSession | null,
  connect: (room: LiveRoomSummary, retry: Retry) => void,
) {
  const attempt = session?.phase.kind === "disconnected" ? session.phase.attempt : null;
  const serverErrors = session?.phase.kind === "disconnected" ? session.phase.serverErrors : 0;
  const room = session?.room ?? null;
  useEffect(() => {
    if (attempt === null || !room) return;
    const retry = () => connect(room, { attempt: attempt + 1, serverErrors });
    const timer = window.setTimeout(retry, Math.min(30_000, 2_000 * 2 ** attempt));
    window.addEventListener("online", retry);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("online", retry);
    };
  }, [attempt, serverErrors, room, connect]);
}
