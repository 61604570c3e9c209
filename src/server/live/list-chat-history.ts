import "server-only";
import type { ChatMessage } from "@/lib/live/messages";
import { db } from "@/server/db";

/** How many of a live room's latest chat lines are kept for people who join late. */
export const CHAT_HISTORY_LIMIT = 100;

export type ListChatHistoryOptions = { roomId: string };

/**
 * The chat so far, oldest first, in the shape the live path delivers, so a late joiner's panel
 * starts from it. The caller has already been let into the room (the page's join or token).
 */
export async function listChatHistory({ roomId }: ListChatHistoryOptions): Promise<ChatMessage[]> {
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
