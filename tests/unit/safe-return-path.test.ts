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

describe("safeReturnPath hardening", () => {
  it("safeReturnPath refuses tabs, newlines and backslashes anywhere", () => {
    for (const unsafe of [
      "/\t/evil.test",
      "/\n/evil.test",
      "/\r\n/evil.test",
      "/rooms\\..\\..\\/evil.test",
      "/rooms/abc\\",
      "/ok\u0000",
      "/ok\u007f",
      "/%0a/x\n",
      "\t//evil.test",
      " /rooms",
    ]) {
      expect(safeReturnPath(unsafe), JSON.stringify(unsafe)).toBe("/");
    }
    // What stays is resolved on the app's own origin; encoded characters stay encoded.
    expect(safeReturnPath("/rooms/../clubs?x=%0A")).toBe("/clubs?x=%0A");
    expect(safeReturnPath("/@someone#chat")).toBe("/@someone#chat");
    expect(safeReturnPath("/%2F%2Fevil.test")).toBe("/%2F%2Fevil.test");
  });
});
