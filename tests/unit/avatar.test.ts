import { describe, expect, it } from "vitest";
import { avatarColour, initialsOf } from "@/lib/avatar";

describe("generated avatars", () => {
  it("uses the first and last initials, and one colour per person", () => {
    expect(initialsOf("Ada Lovelace")).toBe("AL");
    expect(initialsOf("  cher ")).toBe("C");
    expect(initialsOf("Jean Luc Picard")).toBe("JP");
    expect(initialsOf("")).toBe("?");
    expect(avatarColour("user-1")).toBe(avatarColour("user-1"));
    expect(avatarColour("user-1")).toMatch(/^#[0-9a-f]{6}$/);
  });
});
