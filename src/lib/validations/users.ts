import { z } from "zod";
import { RoomTopic } from "@/generated/prisma/enums";

export const DISPLAY_NAME_MAX = 50;
export const BIO_MAX = 160;
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
export const bioField = z
  .string()
  .trim()
  .max(BIO_MAX, `Keep your bio to ${BIO_MAX} characters or fewer.`)
  .default("");

/** Topics of interest, de-duplicated. */
export const topicsField = z
  .array(z.enum(RoomTopic, "Pick topics from the list."))
  .transform((topics) => [...new Set(topics)]);

export const updateProfileSchema = z.preprocess(
  collectTopicFields,
  z.object({
    displayName: z
      .string()
      .trim()
      .min(1, "Enter a display name.")
      .max(DISPLAY_NAME_MAX, `Keep it to ${DISPLAY_NAME_MAX} characters or fewer.`),
    bio: bioField,
    topics: topicsField,
  }),
);

export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(256),
    newPassword: z
      .string()
      .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
      .max(256, "Use 256 characters or fewer."),
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords do not match.",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from your current one.",
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
