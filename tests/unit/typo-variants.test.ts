import { describe, expect, it } from "vitest";
import { typoVariants } from "@/lib/search/typo-variants";

describe("typoVariants", () => {
  it("swaps each pair of neighbouring letters, keeping the query first", () => {
    const variants = typoVariants("Nroa");
    expect(variants[0]).toBe("Nroa");
    expect(variants).toContain("Nora");
    expect(variants).toEqual(["Nroa", "rNoa", "Nora", "Nrao"]);
  });

  it("never moves a space and skips swaps that change nothing", () => {
    expect(typoVariants("ab c")).toEqual(["ab c", "ba c"]);
    expect(typoVariants("aa")).toEqual(["aa"]);
  });

  it("leaves long queries alone", () => {
    expect(typoVariants("a much longer query here")).toEqual(["a much longer query here"]);
  });
});
