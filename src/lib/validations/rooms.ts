import { z } from "zod";
import { ROOM_TOPICS } from "@/lib/topics";

const MAX_SCHEDULE_AHEAD_MS = 365 * 24 * 60 * 60 * 1000;

/** Form checkboxes arrive as "on" or not at all; JSON clients send booleans. */
const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false")])
  .transform((value) => value === true || value === "on" || value === "true");

/** Usernames typed into one field, separated by commas or spaces, with or without "@". */
const usernameList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(/[\s,]+/)))
  .transform((names) => [
    ...new Set(names.map((name) => name.trim().replace(/^@/, "").toLowerCase()).filter(Boolean)),
  ])
  .pipe(
    z
      .array(z.string().regex(/^[a-z0-9_]{3,20}$/, "Usernames are 3–20 letters, digits or _."))
      .max(50),
  );

const roomFields = {
  title: z
    .string({ error: "Give the room a title." })
    .trim()
    .min(1, "Give the room a title.")
    .max(80, "Keep the title to 80 characters."),
  description: z.string().trim().max(500, "Keep the description to 500 characters.").default(""),
  topic: z.enum(ROOM_TOPICS, { error: "Choose a topic." }),
  visibility: z.enum(["OPEN", "CLUB", "CLOSED"], { error: "Choose who can join." }),
  clubId: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.uuid("Choose a club.").optional())
    .optional(),
  handRaisingOn: checkbox.default(false),
  // The host's choice to record speakers' microphones for a replay.
  recordReplay: checkbox.default(false),
  speakerLimit: z.coerce
    .number({ error: "The speaker limit must be a number." })
    .int("The speaker limit must be a whole number.")
    .min(1, "Allow at least 1 speaker.")
    .max(50, "At most 50 speakers.")
    .default(20),
  invitees: usernameList.default([]),
};

const scheduledFor = z.coerce
  .date({ error: "Pick a start time." })
  .refine((date) => date.getTime() > Date.now(), "Pick a time in the future.")
  .refine(
    (date) => date.getTime() < Date.now() + MAX_SCHEDULE_AHEAD_MS,
    "Schedule at most a year ahead.",
  );

export const createRoomSchema = z
  .object({
    ...roomFields,
    start: z.enum(["now", "later"], { error: "Start now or schedule it." }).default("now"),
    scheduledFor: z.string().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.visibility === "CLUB" && !input.clubId) {
      ctx.addIssue({
        code: "custom",
        message: "Choose the club this room belongs to.",
        path: ["clubId"],
      });
    }
    if (input.start === "later") {
      for (const issue of scheduledFor.safeParse(input.scheduledFor).error?.issues ?? []) {
        ctx.addIssue({ code: "custom", message: issue.message, path: ["scheduledFor"] });
      }
    }
  })
  .transform(({ scheduledFor: when, ...input }) => ({
    ...input,
    scheduledFor: input.start === "later" ? scheduledFor.parse(when) : undefined,
  }));

export type CreateRoomInput = z.output<typeof createRoomSchema>;

export const updateScheduledRoomSchema = z.object({
  title: roomFields.title,
  description: roomFields.description,
  topic: roomFields.topic,
  scheduledFor,
  handRaisingOn: roomFields.handRaisingOn,
  speakerLimit: roomFields.speakerLimit,
});

export type UpdateScheduledRoomInput = z.output<typeof updateScheduledRoomSchema>;

export const addInviteesSchema = z.object({ invitees: usernameList });

export const hallwayFilterSchema = z.object({
  topic: z.enum(ROOM_TOPICS).optional().catch(undefined),
});
