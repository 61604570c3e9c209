import { useEffect, useState } from "react";
import { SPEAK_INVITE_TTL_MS } from "@/lib/live/stage-notices";

/**
 * The time now, ticking each second while `running` (some invitation to speak is shown). An
 * invitation nobody answered (the listener was on another page, or closed the tab) stays in the
 * attributes, so pages stop showing it at its time-out by their own clock; the server counts its
 * own, so a page's clock decides only what is shown, never what is accepted.
 */
export function useInviteClock(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, [running]);
  return now;
}

/** Whether an invitation made at `speakInvitedAt` (ISO, "" for none) still waits at `now`. */
export function isInvitePending(speakInvitedAt: string, now: number): boolean {
  if (speakInvitedAt === "") return false;
  return Date.parse(speakInvitedAt) + SPEAK_INVITE_TTL_MS > now;
}
