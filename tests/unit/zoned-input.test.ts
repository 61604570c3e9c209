import { describe, expect, it } from "vitest";
import { fromZonedInputValue, toZonedInputValue } from "@/lib/format-time";

describe("datetime-local values in the viewer's time zone", () => {
  it("a scheduled time reads and writes on the viewer's wall clock, across daylight saving", () => {
    const instant = new Date("2026-07-01T18:30:00Z");
    expect(toZonedInputValue(instant, "Asia/Shanghai")).toBe("2026-07-02T02:30");
    expect(toZonedInputValue(instant, "America/New_York")).toBe("2026-07-01T14:30");
    expect(toZonedInputValue(instant, "UTC")).toBe("2026-07-01T18:30");
    expect(fromZonedInputValue("2026-07-02T02:30", "Asia/Shanghai")).toEqual(instant);
    expect(fromZonedInputValue("2026-07-01T14:30", "America/New_York")).toEqual(instant);

    // Winter in New York is UTC-5, summer UTC-4: both sides of the change round-trip.
    const winter = new Date("2026-01-15T15:00:00Z");
    expect(toZonedInputValue(winter, "America/New_York")).toBe("2026-01-15T10:00");
    expect(fromZonedInputValue("2026-01-15T10:00", "America/New_York")).toEqual(winter);
    expect(fromZonedInputValue("2026-03-08T12:00", "America/New_York")).toEqual(
      new Date("2026-03-08T16:00:00Z"),
    );
    expect(fromZonedInputValue("not a time", "UTC")).toBeNull();
  });
});
