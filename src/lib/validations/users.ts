import { z } from "zod";
import { errorKey } from "@/lib/error-key";
import { cleanDisplayName } from "@/lib/validations/display-name";
import { RoomTopic } from "@/generated/prisma/enums";

export const DISPLAY_NAME_MAX = 50;
export const BIO_MAX = 160;
export const PROFILE_LINKS = 3;
export const LINK_MAX = 200;
export const PASSWORD_MIN = 10;

/** Checkbox fields are named `topic:<TOPIC>`, because form data is read as one value per name. */
export const TOPIC_FIELD_PREFIX = "topic:";

/** Gathers the checked `topic:<TOPIC>` fields into one `topics` array (settings and onboarding). */
export function collectTopicFields(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const topics = Object.keys(input)
    .filter((key) => key.startsWith(TOPIC_FIELD_PREFIX))
    .map((key) => key.slice(TOPIC_FIELD_PREFIX.length));
  return { ...input, topics };
}

/** A member's bio, as edited in settings and written during onboarding. */
export const bioField = z.string().trim().max(BIO_MAX, errorKey("bioTooLong")).default("");

/** The form's link fields, in order: `link1` … `link3`. */
export const LINK_FIELDS = Array.from({ length: PROFILE_LINKS }, (_, index) => `link${index + 1}`);

/** A web address as people type it: "example.com/me" means https; anything but http(s) is refused. */
function webAddress(typed: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
  if (!URL.canParse(withScheme)) return null;
  const url = new URL(withScheme);
  const web = (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  return web && !url.username && !url.password ? url.toString() : null;
}

/** One profile link, empty when unused; stored normalised (scheme added, host lower-cased). */
export const linkField = z
  .string()
  .trim()
  .max(LINK_MAX, errorKey("linkTooLong"))
  .default("")
  .transform((typed, context) => {
    if (typed === "") return "";
    const address = webAddress(typed);
    if (address === null) {
      context.addIssue({ code: "custom", message: errorKey("linkNotWebAddress") });
      return z.NEVER;
    }
    return address;
  });

/** Topics of interest, de-duplicated. */
export const topicsField = z
  .array(z.enum(RoomTopic, errorKey("pickTopicsFromList")))
  .transform((topics) => [...new Set(topics)]);

export const updateProfileSchema = z.preprocess(
  collectTopicFields,
  z
    .object({
      displayName: z
        .string()
        .transform(cleanDisplayName)
        .pipe(
          z
            .string()
            .min(1, errorKey("enterDisplayName"))
            .max(DISPLAY_NAME_MAX, errorKey("displayNameTooLong")),
        ),
      bio: bioField,
      topics: topicsField,
      link1: linkField,
      link2: linkField,
      link3: linkField,
    })
    .transform(({ link1, link2, link3, ...profile }) => ({
      ...profile,
      links: [...new Set([link1, link2, link3].filter(Boolean))],
    })),
);

export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, errorKey("enterCurrentPassword")).max(256),
    newPassword: z
      .string()
      .min(PASSWORD_MIN, errorKey("passwordTooShort"))
      .max(256, errorKey("passwordOver256")),
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: errorKey("passwordsDiffer"),
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: errorKey("passwordUnchanged"),
  });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** The username in a profile URL; anything malformed simply finds nobody. */
export const usernameParamSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_]{1,32}$/);

export const setFollowSchema = z.object({
  username: usernameParamSchema,
  intent: z.enum(["follow", "unfollow"]),
});

export type SetFollowInput = z.infer<typeof setFollowSchema>;

export const setMemberAccessSchema = z.object({
  userId: z.uuid(),
  intent: z.enum(["disable", "enable"]),
});

export type SetMemberAccessInput = z.infer<typeof setMemberAccessSchema>;

export const emptySchema = z.object({});
