import { z } from "zod/mini";
import { errorKey } from "@/lib/error-key";

// What the stage routes accept and answer. Shared by the route handlers and the room UI (hence
// zod/mini, as in src/lib/live/); what the server writes into LiveKit for clients to read is the
// live-room protocol, in src/lib/live/.

/** The person a moderation action is about; identity always comes from the session, never here. */
export const stageTargetSchema = z.object({ userId: z.uuid(errorKey("pickSomeoneInRoom")) });
export type StageTargetInput = z.infer<typeof stageTargetSchema>;

export const setHandRaisingSchema = z.object({
  on: z.boolean({ error: errorKey("handRaisingOnOrOff") }),
});
export type SetHandRaisingInput = z.infer<typeof setHandRaisingSchema>;

export const MODERATION_ACTIONS = [
  "INVITE_TO_SPEAK",
  "DISMISS_HAND",
  "MOVE_TO_AUDIENCE",
  "MUTE",
  "MAKE_MODERATOR",
  "UNMAKE_MODERATOR",
  "REMOVE",
  "HAND_RAISING_ON",
  "HAND_RAISING_OFF",
  "END_ROOM",
  "SPEAK_INVITE_ACCEPTED",
  "SPEAK_INVITE_DECLINED",
  "LEAVE_STAGE",
  "HAND_OVER_HOST",
] as const;
export type ModerationActionValue = (typeof MODERATION_ACTIONS)[number];

const personSchema = z.object({ id: z.string(), username: z.string(), displayName: z.string() });

/** One line of a room's moderation log, as GET /api/rooms/[roomId]/stage/log answers it. */
export const moderationLogEntrySchema = z.object({
  id: z.string(),
  action: z.enum(MODERATION_ACTIONS),
  createdAt: z.string(),
  actor: personSchema,
  target: z.nullable(personSchema),
});
export type ModerationLogEntry = z.infer<typeof moderationLogEntrySchema>;
export const moderationLogSchema = z.object({ events: z.array(moderationLogEntrySchema) });
export type ModerationLog = z.infer<typeof moderationLogSchema>;
