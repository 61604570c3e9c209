import "server-only";

/** Scheduled rooms never started count as missed a few hours after their start time. */
export const MISSED_AFTER_MS = 3 * 60 * 60 * 1000;

export function missedCutoff(now = new Date()): Date {
  return new Date(now.getTime() - MISSED_AFTER_MS);
}

export function isMissed(scheduledFor: Date | null, now = new Date()): boolean {
  return scheduledFor !== null && scheduledFor < missedCutoff(now);
}
