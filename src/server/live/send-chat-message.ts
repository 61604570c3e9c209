import "server-only";
import { randomUUID } from "node:crypto";
import { LIVE_TOPICS, type ChatMessage, type SendChatMessageInput } from "@/lib/live/messages";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { findPresentParticipant } from "@/server/live/find-present-participant";
import { db } from "@/server/db";
import { broadcastToRoom } from "@/server/livekit/broadcast-to-room";
import { CHAT_HISTORY_LIMIT } from "@/server/live/list-chat-history";

export type SendChatMessageOptions = {
  roomId: string;
  senderId: string;
  senderName: string;
  senderUsername: string;
  input: SendChatMessageInput;
};

/**
 * Forwards a chat line to everyone in the room, named as the sender's, and keeps it among the
 * room's last CHAT_HISTORY_LIMIT lines for people who join later (endRoom deletes them).
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
  await db.$transaction(async (tx) => {
    await tx.roomChatMessage.create({
      data: {
        id: message.id,
        roomId,
        senderId,
        senderName,
        senderUsername,
        text: message.text,
        createdAt: new Date(message.sentAt),
      },
    });
    // Trim to the newest lines in the same step, so the table never holds more than a screenful.
    await tx.$executeRaw`DELETE FROM "RoomChatMessage" WHERE "roomId" = ${roomId}::uuid
      AND id NOT IN (SELECT id FROM "RoomChatMessage" WHERE "roomId" = ${roomId}::uuid
        ORDER BY "createdAt" DESC, id DESC LIMIT ${CHAT_HISTORY_LIMIT})`;
  });
  await broadcastToRoom({ roomId, message, topic: LIVE_TOPICS.chat });
  return { id: message.id };
}
