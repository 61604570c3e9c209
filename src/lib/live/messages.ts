import { z } from "zod/mini";
import { errorKey } from "@/lib/error-key";

// What people send into a live room (request bodies the app validates) and the data messages the
// app forwards through LiveKit, which browsers validate again on receipt (anything else is ignored).

export const REACTION_EMOJI = ["👏", "❤️", "😂", "🔥", "🙌", "💯"] as const;
export type ReactionEmoji = (typeof REACTION_EMOJI)[number];

// Each reaction button's spoken name is in the room catalogue (reaction-bar.tsx maps emoji to keys).

export const sendReactionSchema = z.object({
  emoji: z.enum(REACTION_EMOJI, { error: errorKey("pickReaction") }),
});
export type SendReactionInput = z.infer<typeof sendReactionSchema>;

export const CHAT_MAX_LENGTH = 500;
export const sendChatMessageSchema = z.object({
  text: z
    .string({ error: errorKey("writeMessage") })
    .check(
      z.trim(),
      z.minLength(1, errorKey("writeMessage")),
      z.maxLength(CHAT_MAX_LENGTH, errorKey("messageTooLong")),
    ),
});
export type SendChatMessageInput = z.infer<typeof sendChatMessageSchema>;

/** LiveKit data topics the app sends on; browsers never publish data themselves. */
export const LIVE_TOPICS = {
  reaction: "hearth.reaction",
  chat: "hearth.chat",
  host: "hearth.host",
} as const;

export const reactionMessageSchema = z.object({
  type: z.literal("reaction"),
  id: z.uuid(),
  emoji: z.enum(REACTION_EMOJI),
  senderId: z.string().check(z.minLength(1), z.maxLength(64)),
  sentAt: z.int().check(z.nonnegative()),
});
export type ReactionMessage = z.infer<typeof reactionMessageSchema>;

export const chatMessageSchema = z.object({
  type: z.literal("chat"),
  id: z.uuid(),
  text: z.string().check(z.minLength(1), z.maxLength(CHAT_MAX_LENGTH)),
  senderId: z.string().check(z.minLength(1), z.maxLength(64)),
  senderName: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The sender's @handle, shown beside the free-text display name. */
  senderUsername: z.string().check(z.minLength(1), z.maxLength(64)),
  sentAt: z.int().check(z.nonnegative()),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/** The host left the room to someone else: everyone in it is told who holds it now. */
export const hostChangedMessageSchema = z.object({
  type: z.literal("hostChanged"),
  id: z.uuid(),
  fromName: z.string().check(z.minLength(1), z.maxLength(100)),
  toId: z.string().check(z.minLength(1), z.maxLength(64)),
  toName: z.string().check(z.minLength(1), z.maxLength(100)),
  sentAt: z.int().check(z.nonnegative()),
});
export type HostChangedMessage = z.infer<typeof hostChangedMessageSchema>;

export type LiveMessage = ReactionMessage | ChatMessage | HostChangedMessage;

export function encodeLiveMessage(message: LiveMessage): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(message));
}

/** The message in a payload, or null when it is not valid JSON of this schema. */
export function decodeLiveMessage<T>(schema: z.ZodMiniType<T>, payload: Uint8Array): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(new TextDecoder().decode(payload)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
