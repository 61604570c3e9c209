import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/safe-return-path";

describe("safeReturnPath", () => {
  it("keeps same-site paths and refuses everything that could leave the site", () => {
    expect(safeReturnPath("/rooms/abc?x=1")).toBe("/rooms/abc?x=1");
    expect(safeReturnPath("https://evil.test/")).toBe("/");
    expect(safeReturnPath("//evil.test")).toBe("/");
    expect(safeReturnPath("/\\evil.test")).toBe("/");
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath(["/a", "/b"])).toBe("/a");
  });
});
