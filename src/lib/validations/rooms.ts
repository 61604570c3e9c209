import { z } from "zod";
import { errorKey, type ErrorKey } from "@/lib/error-key";
import { ROOM_TOPICS } from "@/lib/topics";

const MAX_SCHEDULE_AHEAD_MS = 365 * 24 * 60 * 60 * 1000;

/** Form checkboxes arrive as "on" or not at all; JSON clients send booleans. */
const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false")])
  .transform((value) => value === true || value === "on" || value === "true");

/** Usernames typed into one field, separated by commas or spaces, with or without "@". */
const usernames = (max: number, tooMany?: ErrorKey) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : value.split(/[\s,]+/)))
    .transform((names) => [
      ...new Set(names.map((name) => name.trim().replace(/^@/, "").toLowerCase()).filter(Boolean)),
    ])
    .pipe(
      z
        .array(z.string().regex(/^[a-z0-9_]{3,20}$/, errorKey("inviteeUsernameFormat")))
        .max(max, tooMany),
    );

const usernameList = usernames(50);

/** How many co-hosts and invited speakers a host may name for one event. */
export const MAX_COHOSTS = 5;
export const MAX_INVITED_SPEAKERS = 10;

/** A room's longest title, in characters (the form counts them down as they are typed). */
export const ROOM_TITLE_MAX = 80;

const roomFields = {
  title: z
    .string({ error: errorKey("giveRoomTitle") })
    .trim()
    .min(1, errorKey("giveRoomTitle"))
    .max(ROOM_TITLE_MAX, errorKey("roomTitleTooLong")),
  description: z.string().trim().max(500, errorKey("descriptionTooLong")).default(""),
  topic: z.enum(ROOM_TOPICS, { error: errorKey("chooseTopic") }),
  visibility: z.enum(["OPEN", "CLUB", "CLOSED"], { error: errorKey("chooseWhoCanJoin") }),
  clubId: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.uuid(errorKey("chooseClub")).optional())
    .optional(),
  handRaisingOn: checkbox.default(false),
  // The host's choice to record speakers' microphones for a replay.
  recordReplay: checkbox.default(false),
  speakerLimit: z.coerce
    .number({ error: errorKey("speakerLimitNumber") })
    .int(errorKey("speakerLimitWhole"))
    .min(1, errorKey("speakerLimitMin"))
    .max(50, errorKey("speakerLimitMax"))
    .default(20),
  invitees: usernameList.default([]),
  // Co-hosts moderate from the start and may start the room; invited speakers join on stage.
  cohosts: usernames(MAX_COHOSTS, errorKey("tooManyCohosts")).default([]),
  speakers: usernames(MAX_INVITED_SPEAKERS, errorKey("tooManySpeakers")).default([]),
};

const scheduledFor = z.coerce
  .date({ error: errorKey("pickStartTime") })
  .refine((date) => date.getTime() > Date.now(), errorKey("pickFutureTime"))
  .refine(
    (date) => date.getTime() < Date.now() + MAX_SCHEDULE_AHEAD_MS,
    errorKey("scheduleWithinYear"),
  );

/** Someone is a co-host or an invited speaker, not both. */
function refuseGuestNamedTwice(
  input: { cohosts: string[]; speakers: string[] },
  ctx: z.RefinementCtx,
) {
  const cohosts = new Set(input.cohosts);
  if (input.speakers.some((name) => cohosts.has(name))) {
    ctx.addIssue({ code: "custom", message: errorKey("guestNamedTwice"), path: ["speakers"] });
  }
}

export const createRoomSchema = z
  .object({
    ...roomFields,
    start: z.enum(["now", "later"], { error: errorKey("startNowOrLater") }).default("now"),
    scheduledFor: z.string().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.visibility === "CLUB" && !input.clubId) {
      ctx.addIssue({
        code: "custom",
        message: errorKey("chooseRoomClub"),
        path: ["clubId"],
      });
    }
    refuseGuestNamedTwice(input, ctx);
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

/** The host changes a scheduled room's co-hosts and speakers (the whole lists, as the form shows). */
export const roomGuestsSchema = z
  .object({ roomId: z.uuid(), cohosts: roomFields.cohosts, speakers: roomFields.speakers })
  .superRefine(refuseGuestNamedTwice);

export type RoomGuestsInput = Omit<z.output<typeof roomGuestsSchema>, "roomId">;

export const addInviteesSchema = z.object({ invitees: usernameList });

export const hallwayFilterSchema = z.object({
  topic: z.enum(ROOM_TOPICS).optional().catch(undefined),
});
