import { describe, expect, it } from "vitest";
import { formatLiveFor, formatStartTime } from "@/lib/format-time";

describe("time labels", () => {
  it("says how long a room has been live", () => {
    const now = new Date("2026-11-22T12:00:00Z");
    expect(formatLiveFor(new Date("2026-11-22T11:59:40Z"), now)).toBe("just started");
    expect(formatLiveFor(new Date("2026-11-22T11:55:00Z"), now)).toBe("live for 5 min");
    expect(formatLiveFor(new Date("2026-11-22T09:50:00Z"), now)).toBe("live for 2 h 10 min");
    expect(formatLiveFor(new Date("2026-11-22T10:00:00Z"), now)).toBe("live for 2 h");
  });

  it("shows scheduled times with their time zone", () => {
    expect(formatStartTime(new Date("2026-11-23T18:30:00Z"))).toBe("Mon 23 Nov, 18:30 UTC");
  });
});
