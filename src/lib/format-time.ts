// Time arithmetic shared by server and client; the wording lives in the `time` message namespace
// and dates are formatted by next-intl for the viewer's locale and time zone (src/i18n/formats.ts).

/** How long a room has been live, in whole hours and leftover minutes (never negative). */
export function liveDuration(
  startedAt: Date,
  now = new Date(),
): { hours: number; minutes: number } {
  const total = Math.max(0, Math.floor((now.getTime() - startedAt.getTime()) / 60_000));
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
