import { describe, expect, it } from "vitest";
import { cleanDisplayName } from "@/lib/validations/display-name";
import { displayNameSchema } from "@/lib/validations/signup";
import { updateProfileSchema } from "@/lib/validations/users";

describe("display names", () => {
  it("display names lose bidi controls and zero-width characters", () => {
    expect(cleanDisplayName("Ann\u202Egnp.exe")).toBe("Anngnp.exe");
    expect(cleanDisplayName("\u2067Ben\u2069")).toBe("Ben");
    expect(cleanDisplayName("C\u200Ba\u200Ct\u2060\uFEFF")).toBe("Cat");
    expect(cleanDisplayName("Dan\u200E\u200F\u061C")).toBe("Dan");
    expect(cleanDisplayName("  Eve \t\n  Ng ")).toBe("Eve Ng");
    expect(cleanDisplayName("Fay\u0000\u0007")).toBe("Fay");
    // A joiner stays inside an emoji sequence, where it belongs, and goes everywhere else.
    expect(cleanDisplayName("Gus 👩‍💻")).toBe("Gus 👩‍💻");
    expect(cleanDisplayName("G\u200Dus")).toBe("Gus");
    // Names in every script stay as they are.
    expect(cleanDisplayName("李小龙")).toBe("李小龙");
    expect(cleanDisplayName("محمد")).toBe("محمد");
  });

  it("a name made only of invisible characters is refused as empty", () => {
    for (const invisible of ["\u200B\u200B", "\u202E", "\u3164", " \u2060 "]) {
      expect(displayNameSchema.safeParse(invisible).success, JSON.stringify(invisible)).toBe(false);
    }
    expect(displayNameSchema.parse("\u202EAnn")).toBe("Ann");
    const profile = updateProfileSchema.parse({ displayName: "Bo\u200Bb", bio: "", topics: [] });
    expect(profile.displayName).toBe("Bob");
  });
});
