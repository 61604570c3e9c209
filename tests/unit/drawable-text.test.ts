import { describe, expect, it } from "vitest";
import { drawableText } from "@/lib/sharing/drawable-text";

// The share image draws only what next/og's bundled font has glyphs for: anything else would make
// next/og fetch a font over the network at run time.
describe("drawable text for share images", () => {
  it("keeps Latin, accents and Cyrillic, drops emoji, and refuses what the font cannot draw", () => {
    expect(drawableText("Ana Lucía Ortega")).toBe("Ana Lucía Ortega");
    expect(drawableText("Привет, мир")).toBe("Привет, мир");
    expect(drawableText("🎸 Friday jam 👩🏽‍🎤")).toBe("Friday jam");
    expect(drawableText("Tech talk 周五")).toBeNull();
    expect(drawableText("周五夜谈")).toBeNull();
    expect(drawableText("  \n ")).toBeNull();
    expect(drawableText("🔥")).toBeNull();
  });
});
