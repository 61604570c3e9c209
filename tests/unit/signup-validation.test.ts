import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import englishErrors from "../../messages/en/errors.json";
import { inviteCodeSchema } from "@/lib/validations/invites";
import { onboardingSchema, signupSchema } from "@/lib/validations/signup";

const valid = {
  code: "ABC234-DEF567-GHJ789",
  email: "  Newcomer@Example.TEST ",
  username: "New_Comer",
  displayName: "  Nia Newcomer ",
  password: "correct horse battery staple",
};

const english = createTranslator({
  locale: "en",
  messages: { errors: englishErrors },
  namespace: "errors",
});

function isErrorKey(message: string): message is keyof typeof englishErrors {
  return Object.hasOwn(englishErrors, message);
}

function inEnglish(message: string | undefined): string | undefined {
  return message !== undefined && isErrorKey(message) ? english(message) : message;
}

function fieldErrorsOf(input: Record<string, string>): Record<string, string | undefined> {
  const result = signupSchema.safeParse(input);
  const errors: Record<string, string | undefined> = {};
  // The form shows each field's first message, as here.
  // The schema's messages are catalogue keys; this reads them in English, as the form shows them.
  for (const issue of result.error?.issues ?? []) {
    errors[String(issue.path[0])] ??= inEnglish(issue.message);
  }
  return errors;
}

describe("signup schema", () => {
  it("stores email and username lower-cased and trims what people type", () => {
    const result = signupSchema.parse(valid);
    expect(result).toMatchObject({
      email: "newcomer@example.test",
      username: "new_comer",
      displayName: "Nia Newcomer",
    });
  });

  it("refuses usernames that are too short, too long, oddly spelled or reserved", () => {
    expect(fieldErrorsOf({ ...valid, username: "ab" }).username).toMatch(/at least 3/);
    expect(fieldErrorsOf({ ...valid, username: "a".repeat(21) }).username).toMatch(/at most 20/);
    expect(fieldErrorsOf({ ...valid, username: "nia-new" }).username).toMatch(/letters, digits/);
    expect(fieldErrorsOf({ ...valid, username: "niä" }).username).toMatch(/letters, digits/);
    for (const reserved of ["admin", "Root", "HEARTH", "settings", "invites", "welcome"]) {
      expect(fieldErrorsOf({ ...valid, username: reserved }).username).toMatch(/reserved/);
    }
  });

  it("refuses malformed emails and empty display names with a message for that field", () => {
    const errors = fieldErrorsOf({ ...valid, email: "not-an-email", displayName: "   " });
    expect(errors.email).toMatch(/email address like/);
    expect(errors.displayName).toMatch(/Enter the name/);
    expect(errors.username).toBeUndefined();
  });

  it("refuses short, overlong and commonly breached passwords", () => {
    expect(fieldErrorsOf({ ...valid, password: "short" }).password).toMatch(/at least 10/);
    expect(fieldErrorsOf({ ...valid, password: "x".repeat(257) }).password).toMatch(/at most 256/);
    for (const common of [
      "password123",
      "Password2024!",
      "qwertyuiop",
      "1234567890",
      "0987654321",
    ]) {
      expect(fieldErrorsOf({ ...valid, password: common }).password).toMatch(/too common/);
    }
    expect(fieldErrorsOf({ ...valid, password: "zzzzzzzzzzzz" }).password).toMatch(/too common/);
  });

  it("refuses passwords that contain the username or the email's local part", () => {
    expect(fieldErrorsOf({ ...valid, password: "my-New_Comer-pass" }).password).toMatch(
      /username or email/,
    );
    expect(fieldErrorsOf({ ...valid, password: "NEWCOMER and more" }).password).toMatch(
      /username or email/,
    );
  });

  it("accepts a long passphrase exactly as typed", () => {
    expect(signupSchema.parse(valid).password).toBe("correct horse battery staple");
  });
});

describe("invite code schema", () => {
  it("ignores case, dashes and spaces, and explains the format of a mistyped code", () => {
    expect(inviteCodeSchema.parse({ code: " abc234 def567-ghj789 " }).code).toBe(
      "ABC234DEF567GHJ789",
    );
    const short = inviteCodeSchema.safeParse({ code: "ABC234" });
    expect(inEnglish(short.error?.issues[0]?.message)).toMatch(/18 letters and digits/);
    // 0, O, 1 and l are not in the alphabet, so a code containing them was mistyped.
    expect(inviteCodeSchema.safeParse({ code: "ABC234-DEF567-GHJ780" }).success).toBe(false);
    expect(inEnglish(inviteCodeSchema.safeParse({ code: "" }).error?.issues[0]?.message)).toMatch(
      /Enter/,
    );
  });
});

describe("onboarding schema", () => {
  it("reads one checkbox per topic and refuses unknown ones", () => {
    expect(
      onboardingSchema.parse({ bio: " Hi! ", "topic:TECH": "on", "topic:GAMES": "on" }),
    ).toEqual({ bio: "Hi!", topics: ["TECH", "GAMES"] });
    expect(onboardingSchema.parse({ bio: "" }).topics).toEqual([]);
    expect(onboardingSchema.safeParse({ bio: "", "topic:CRYPTO": "on" }).success).toBe(false);
    expect(onboardingSchema.safeParse({ bio: "x".repeat(161) }).success).toBe(false);
  });
});
