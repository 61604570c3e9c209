import "server-only";
import type { ChatMessage } from "@/lib/live/messages";
import { db } from "@/server/db";
import { findPresentParticipant } from "@/server/live/find-present-participant";

/** How many of a live room's latest chat lines are kept for people who join late. */
export const CHAT_HISTORY_LIMIT = 100;

export type ListChatHistoryOptions = { roomId: string; viewerId: string };

/**
 * The chat so far, oldest first, in the shape the live path delivers, so a late joiner's panel
 * starts from it. Only for someone in the room now (404 otherwise, as for sending).
 */
export async function listChatHistory({
  roomId,
  viewerId,
}: ListChatHistoryOptions): Promise<ChatMessage[]> {
  await findPresentParticipant({ roomId, userId: viewerId });
  const rows = await db.roomChatMessage.findMany({
    where: { roomId },
    orderBy: { createdAt: "desc" },
    take: CHAT_HISTORY_LIMIT,
    select: {
      id: true,
      text: true,
      senderId: true,
      senderName: true,
      senderUsername: true,
      createdAt: true,
    },
  });
  return rows.reverse().map((row) => ({
    type: "chat",
    id: row.id,
    text: row.text,
    senderId: row.senderId,
    senderName: row.senderName,
    senderUsername: row.senderUsername,
    sentAt: row.createdAt.getTime(),
  }));
}
