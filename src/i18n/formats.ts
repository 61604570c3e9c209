import type { Formats } from "next-intl";

/**
 * Named date formats, so every screen shows a moment the same way: `format.dateTime(d, "startTime")`.
 * next-intl applies the viewer's time zone from the request config.
 */
export const FORMATS = {
  dateTime: {
    // A scheduled start: "Mon, Nov 23, 6:30 PM GMT" / "11月24日周二 GMT+8 02:30" (zone named).
    startTime: {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    },
    // A day without a time: "23 Nov 2026".
    date: { day: "numeric", month: "short", year: "numeric" },
    // A moment in a log: "23 Nov, 18:30".
    moment: { day: "numeric", month: "short", hour: "numeric", minute: "2-digit" },
  },
} satisfies Formats;
