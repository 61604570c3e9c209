import { z } from "zod";
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
  .min(3, "Usernames have at least 3 characters.")
  .max(20, "Usernames have at most 20 characters.")
  .regex(/^[a-z0-9_]+$/, "Use only letters, digits and underscores.")
  .refine((name) => !RESERVED_USERNAMES.has(name), "That username is reserved. Try another.");

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter an email address like name@example.com."));

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, "Enter the name people will see.")
  .max(DISPLAY_NAME_MAX, `Display names have at most ${DISPLAY_NAME_MAX} characters.`);

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(256, "Use at most 256 characters.")
  .refine((password) => !isCommonPassword(password), {
    message: "That password is too common. Pick something harder to guess.",
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
    code: z.string().trim().min(1, "This invite link is missing its code.").max(64),
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
        message: "Your password must not contain your username or email name.",
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
