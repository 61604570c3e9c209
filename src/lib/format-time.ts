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

// A datetime-local field holds a wall-clock time without a zone. These read and write it in the
// viewer's zone (their setting, else the browser's: next-intl's useTimeZone()), so the server's
// render and the browser agree, and a zone chosen in settings is the one the form speaks.

/** The offset of `timeZone` from UTC at `instant`, in milliseconds (east positive). */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((item) => item.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** An instant as a datetime-local value ("2026-03-08T14:30") on the wall clock of `timeZone`. */
export function toZonedInputValue(instant: Date, timeZone: string): string {
  const wall = new Date(instant.getTime() + zoneOffset(instant.getTime(), timeZone));
  return wall.toISOString().slice(0, 16);
}

/** The instant a datetime-local value means in `timeZone`, or null for an unreadable value. */
export function fromZonedInputValue(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the wall time read as UTC is right except within hours of a change; one more
  // step with the offset at the first guess settles it.
  const guess = wall - zoneOffset(wall, timeZone);
  return new Date(wall - zoneOffset(guess, timeZone));
}
