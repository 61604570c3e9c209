type YieldingScheduler = { yield: () => Promise<void> };

function canYield(scheduler: unknown): scheduler is YieldingScheduler {
  return typeof scheduler === "object" && scheduler !== null && "yield" in scheduler;
}

/**
 * Ends the current task so the browser may paint and answer a tap, then carries on: work split at
 * such points holds the page for its largest piece, not for the sum. `scheduler.yield` resumes
 * ahead of tasks queued meanwhile (a connect is not put behind a render); where a browser lacks
 * it, a new task does.
 */
export function yieldToMain(): Promise<void> {
  const scheduler: unknown = Reflect.get(globalThis, "scheduler");
  if (canYield(scheduler)) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
