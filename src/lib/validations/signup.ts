import { z } from "zod";
import { errorKey } from "@/lib/error-key";
import { cleanDisplayName } from "@/lib/validations/display-name";
import {
  bioField,
  collectTopicFields,
  DISPLAY_NAME_MAX,
  PASSWORD_MIN,
  topicsField,
} from "@/lib/validations/users";

// Names that would collide with pages (/@admin next to /admin), or that people could use to pass
// for staff. Checked after lower-casing.
export const RESERVED_USERNAMES: ReadonlySet<string> = new Set(
  `
  about admin administrator api assets auth club clubs everyone explore hallway hearth help
  here invite invites login logout me mod moderator new notifications null official people
  privacy room rooms root search security settings sign_in sign_out sign_up signin signout
  signup staff static support system team terms u undefined user users welcome www
  `
    .trim()
    .split(/\s+/),
);

// Breached-pattern check, chosen to run offline in the browser and on the server (docs/security.md):
// the most common passwords of public breach lists, also when digits or symbols are tacked on either
// end ("Password2024!"), and keyboard or alphabet runs.
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `
  1q2w3e4r5t 1qaz2wsx3edc aaaaaaaaaa abcd1234 access admin asdfghjkl azerty baseball batman
  charlie chocolate computer dragon football freedom hearth hello helloworld iloveyou internet
  jennifer jordan letmein liverpool login loveme master michael monkey mustang passw0rd
  password pokemon princess q1w2e3r4t5 qazwsx qwerty qwertyuiop samsung secret shadow soccer
  starwars summer sunshine superman trustno1 welcome whatever zaq12wsx
  `
    .trim()
    .split(/\s+/),
);

const RUNS = [
  "01234567890123456789",
  "abcdefghijklmnopqrstuvwxyz",
  "qwertyuiopasdfghjklzxcvbnm",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
];

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, "");
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(core)) return true;
  if (new Set(lower).size <= 2) return true;
  const reversed = [...lower].reverse().join("");
  return RUNS.some((run) => run.includes(lower) || run.includes(reversed));
}

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, errorKey("usernameTooShort"))
  .max(20, errorKey("usernameTooLong"))
  .regex(/^[a-z0-9_]+$/, errorKey("usernameCharacters"))
  .refine((name) => !RESERVED_USERNAMES.has(name), errorKey("usernameReserved"));

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, errorKey("enterEmail"))
  .max(254, errorKey("emailTooLong"))
  .pipe(z.email(errorKey("emailFormat")));

export const displayNameSchema = z
  .string()
  .transform(cleanDisplayName)
  .pipe(
    z
      .string()
      .min(1, errorKey("enterPublicName"))
      .max(DISPLAY_NAME_MAX, errorKey("displayNameMax")),
  );

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, errorKey("passwordTooShort"))
  .max(256, errorKey("passwordMax256"))
  .refine((password) => !isCommonPassword(password), {
    message: errorKey("passwordCommon"),
    // A too-short password already has a message; one is enough.
    abort: true,
  });

/**
 * Refuses passwords built from the person's own handle or mailbox name, the first words an
 * attacker who knows them would try.
 */
export function passwordContainsIdentity(
  password: string,
  identity: { username: string; email: string },
): boolean {
  const lower = password.toLowerCase();
  const localPart = identity.email.split("@")[0] ?? "";
  return [identity.username, localPart].some((part) => part.length >= 3 && lower.includes(part));
}

export const signupSchema = z
  .object({
    code: z.string().trim().min(1, errorKey("inviteLinkNoCode")).max(64),
    email: emailSchema,
    username: usernameSchema,
    displayName: displayNameSchema,
    password: passwordSchema,
  })
  .superRefine((input, ctx) => {
    if (passwordContainsIdentity(input.password, input)) {
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: errorKey("passwordHasIdentity"),
      });
    }
  });

export type SignupInput = z.infer<typeof signupSchema>;

export const onboardingSchema = z.preprocess(
  collectTopicFields,
  z.object({
    bio: bioField,
    topics: topicsField,
  }),
);

export type OnboardingInput = z.infer<typeof onboardingSchema>;
