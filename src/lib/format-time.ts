/** "live for 5 min", "live for 2 h 10 min" */
export function formatLiveFor(startedAt: Date, now = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - startedAt.getTime()) / 60_000));
  if (minutes < 1) return "just started";
  if (minutes < 60) return `live for ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `live for ${hours} h${rest ? ` ${rest} min` : ""}`;
}

/** A scheduled start in the viewer-neutral form we render on the server (UTC, explicit). */
export function formatStartTime(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(date);
}
