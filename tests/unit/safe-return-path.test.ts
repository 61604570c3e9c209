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
    expect(safeReturnPath("/rooms/%2F%2Fevil.test")).toBe("/rooms/%2F%2Fevil.test");
  });
});

describe("safeReturnPath after normalisation", () => {
  it("return paths that normalise to another origin are refused", () => {
    const variants = [
      "/.//evil.example",
      "/%2e//evil.example",
      "/%2E//evil.example",
      "/..//evil.example",
      "/../..//evil.example",
      "/././/evil.example",
      "/a/..//evil.example",
      "/a/b/../..//evil.example",
      "/%2e%2e//evil.example",
      "/.%2e//evil.example",
      "/%2e/%2e//evil.example",
      "//evil.example",
      "///evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "/.\\/evil.example",
      "/%5Cevil.example",
      "/%5cevil.example",
      "/%2F%2Fevil.example",
      "/%2fevil.example",
      "/.%2F/evil.example",
      "/./%2Fevil.example",
      "/..%2F/evil.example",
      "/.%5C/evil.example",
      "/%252F/evil.example",
      "/\t/evil.example",
      "/.\t//evil.example",
      "/\n/evil.example",
      "/.\r//evil.example",
      "/%09/evil.example",
      "/%0a/evil.example",
      "https://evil.example",
      "https:evil.example",
      "javascript:alert(1)",
      "/%",
    ];
    for (const variant of variants) {
      const unescaped = variant.replace(/\\t/g, "\t").replace(/\\r/g, "\r").replace(/\\n/g, "\n");
      for (const input of [variant, unescaped]) {
        const result = safeReturnPath(input);
        expect(result.startsWith("/"), JSON.stringify(input)).toBe(true);
        expect(/^\/[\/\\]/.test(result), JSON.stringify(input)).toBe(false);
        expect(new URL(result, "https://hearth.test").origin, JSON.stringify(input)).toBe(
          "https://hearth.test",
        );
        expect(result, JSON.stringify(input)).toBe("/");
      }
    }
    // Ordinary paths that normalise stay on the site.
    expect(safeReturnPath("/rooms/./abc")).toBe("/rooms/abc");
    expect(safeReturnPath("/rooms/%2e%2e/clubs")).toBe("/clubs");
    expect(safeReturnPath("/@%E4%B8%AD")).toBe("/@%E4%B8%AD");
  });
});
