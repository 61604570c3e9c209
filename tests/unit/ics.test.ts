import { describe, expect, it } from "vitest";
import { eventToIcs } from "@/lib/ics";

describe("iCalendar text", () => {
  it("a lone CR in event text is escaped like any line break", () => {
    const ics = eventToIcs({
      uid: "room-1@hearth",
      title: "Line one\rX-INJECTED:yes",
      description: "a\r\nb\nc\rd",
      start: new Date("2026-12-01T18:30:00Z"),
      durationMinutes: 60,
      url: "https://hearth.example/events/1",
      stamp: new Date("2026-11-30T00:00:00Z"),
    });
    // Every CR in the file is the first half of a line ending: none is left bare inside a value.
    expect(ics.replace(/\r\n/g, "")).not.toContain("\r");
    expect(ics).not.toMatch(/^X-INJECTED/m);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("SUMMARY:Line one\\nX-INJECTED:yes");
    expect(unfolded).toContain("DESCRIPTION:a\\nb\\nc\\nd");
  });
});
