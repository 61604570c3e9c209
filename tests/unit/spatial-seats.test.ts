import { describe, expect, test } from "vitest";
import { seatAzimuth, seatPosition } from "@/lib/live/spatial-audio";

describe("spatial stage seats", () => {
  test("a lone speaker is heard straight ahead", () => {
    expect(seatAzimuth(0, 1)).toBe(0);
    const { x, z } = seatPosition(seatAzimuth(0, 1));
    expect(x).toBeCloseTo(0);
    expect(z).toBeCloseTo(-1);
  });

  test("the stage's seats run left to right over the half circle in front, none in one ear only", () => {
    const count = 5;
    const azimuths = Array.from({ length: count }, (_, index) => seatAzimuth(index, count));
    expect(azimuths).toEqual([...azimuths].sort((a, b) => a - b));
    expect(Math.min(...azimuths)).toBeGreaterThan(-90);
    expect(Math.max(...azimuths)).toBeLessThan(90);
    // Mirrored around straight ahead, evenly apart.
    const gaps = azimuths.slice(1).map((azimuth, index) => azimuth - (azimuths[index] ?? 0));
    for (const gap of gaps) expect(gap).toBeCloseTo(180 / count);
    expect(azimuths[0]).toBeCloseTo(-(azimuths[count - 1] ?? 0));
    for (const azimuth of azimuths) expect(seatPosition(azimuth).z).toBeLessThan(0);
  });

  test("two speakers sit a quarter circle to each side", () => {
    expect(seatAzimuth(0, 2)).toBe(-45);
    expect(seatAzimuth(1, 2)).toBe(45);
    expect(seatPosition(-45).x).toBeLessThan(0);
    expect(seatPosition(45).x).toBeGreaterThan(0);
  });
});
