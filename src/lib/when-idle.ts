/**
 * Runs `work` once the browser is idle, off the page's first tasks (hydration, a room's connect).
 * Returns what cancels it. Safari has no requestIdleCallback: a short pause after the page
 * settles does instead.
 */
export function whenIdle(work: () => void): () => void {
  const idle: unknown = Reflect.get(window, "requestIdleCallback");
  if (typeof idle !== "function") {
    const timer = window.setTimeout(work, 200);
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(work);
  return () => window.cancelIdleCallback(handle);
}
