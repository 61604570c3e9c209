import { describe, expect, it } from "vitest";
import { clockTime } from "@/lib/replays/clock-time";

describe("clockTime", () => {
  it("shows a replay position as m:ss, or h:mm:ss past an hour", () => {
    expect(clockTime(0)).toBe("0:00");
    expect(clockTime(7.9)).toBe("0:07");
    expect(clockTime(754)).toBe("12:34");
    expect(clockTime(3723)).toBe("1:02:03");
  });

  it("shows 0:00 for a player that has no length yet", () => {
    expect(clockTime(Number.NaN)).toBe("0:00");
    expect(clockTime(Number.POSITIVE_INFINITY)).toBe("0:00");
    expect(clockTime(-3)).toBe("0:00");
  });
});
