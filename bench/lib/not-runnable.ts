import { startRun } from "./results";

/** Records that a benchmark cannot run yet, and why, instead of inventing a number. */
export function recordNotRunnable(name: string, why: string): void {
  startRun().finish({ name, status: "not-runnable", note: why, rows: [], raw: null });
  console.error(`${name}: not yet runnable — ${why}`);
}
