import "server-only";
import { randomUUID } from "node:crypto";
import { LIVE_TOPICS, type ChatMessage, type SendChatMessageInput } from "@/lib/live/messages";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { findPresentParticipant } from "@/server/live/find-present-participant";
import { broadcastToRoom } from "@/server/livekit/broadcast-to-room";

export type SendChatMessageOptions = {
  roomId: string;
  senderId: string;
  senderName: string;
  senderUsername: string;
  input: SendChatMessageInput;
};

/**
 * Forwards a chat line to everyone in the room, named as the sender's. Not stored: the room's chat
 * lives as long as the people in it are listening.
 */
export async function sendChatMessage({
  roomId,
  senderId,
  senderName,
  senderUsername,
  input,
}: SendChatMessageOptions) {
  await findPresentParticipant({ roomId, userId: senderId });
  await consumeRateLimit({
    key: `chat:${senderId}`,
    limit: 5,
    windowMs: 10_000,
    messageKey: "chatTooFast",
  });
  const message: ChatMessage = {
    type: "chat",
    id: randomUUID(),
    text: input.text,
    senderId,
    senderName,
    senderUsername,
    sentAt: Date.now(),
  };
  await broadcastToRoom({ roomId, message, topic: LIVE_TOPICS.chat });
  return { id: message.id };
}
