import { z } from "zod";

// What the live room exchanges: request bodies the app validates, and the messages the app
// forwards through LiveKit, which browsers validate again on receipt (anything else is ignored).

export const roomParamsSchema = z.object({ roomId: z.uuid("Unknown room.") });
export type RoomParams = z.infer<typeof roomParamsSchema>;

export const STAGE_ROLES = ["host", "moderator", "speaker", "listener"] as const;
export type StageRoleValue = (typeof STAGE_ROLES)[number];

/** A participant's role as LiveKit reports it (a server-set attribute); unknown means listener. */
export function stageRoleOf(attributes: Readonly<Record<string, string>>): StageRoleValue {
  const parsed = z.enum(STAGE_ROLES).safeParse(attributes.role);
  return parsed.success ? parsed.data : "listener";
}

export const REACTION_EMOJI = ["👏", "❤️", "😂", "🔥", "🙌", "💯"] as const;
export type ReactionEmoji = (typeof REACTION_EMOJI)[number];

/** What each reaction button is called for screen readers. */
export const REACTION_LABELS: Record<ReactionEmoji, string> = {
  "👏": "Applause",
  "❤️": "Love",
  "😂": "Laughter",
  "🔥": "Fire",
  "🙌": "Raised hands",
  "💯": "Hundred points",
};

export const sendReactionSchema = z.object({
  emoji: z.enum(REACTION_EMOJI, { error: "Pick one of the room's reactions." }),
});
export type SendReactionInput = z.infer<typeof sendReactionSchema>;

export const CHAT_MAX_LENGTH = 500;
export const sendChatMessageSchema = z.object({
  text: z
    .string({ error: "Write a message." })
    .trim()
    .min(1, "Write a message.")
    .max(CHAT_MAX_LENGTH, `Keep messages to ${CHAT_MAX_LENGTH} characters.`),
});
export type SendChatMessageInput = z.infer<typeof sendChatMessageSchema>;

/** LiveKit data topics the app sends on; browsers never publish data themselves. */
export const LIVE_TOPICS = { reaction: "hearth.reaction", chat: "hearth.chat" } as const;

export const reactionMessageSchema = z.object({
  type: z.literal("reaction"),
  id: z.uuid(),
  emoji: z.enum(REACTION_EMOJI),
  senderId: z.string().min(1).max(64),
  sentAt: z.number().int().nonnegative(),
});
export type ReactionMessage = z.infer<typeof reactionMessageSchema>;

export const chatMessageSchema = z.object({
  type: z.literal("chat"),
  id: z.uuid(),
  text: z.string().min(1).max(CHAT_MAX_LENGTH),
  senderId: z.string().min(1).max(64),
  senderName: z.string().min(1).max(100),
  sentAt: z.number().int().nonnegative(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/** The token endpoint's answer. */
export const joinRoomResponseSchema = z.object({
  serverUrl: z.string().min(1),
  token: z.string().min(1),
  role: z.enum(STAGE_ROLES),
});
export type JoinRoomResponse = z.infer<typeof joinRoomResponseSchema>;

/** The body of every error answer from the app (see src/server/http/error-response.ts). */
export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
