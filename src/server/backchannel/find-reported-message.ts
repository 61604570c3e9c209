import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReportedChatLine } from "@/lib/validations/reports";
import { assertThreadOpenTo } from "@/server/backchannel/thread-access";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** Messages kept on each side of a reported one, so admins read it in its conversation. */
export const REPORT_CONTEXT_MESSAGES = 3;

const lineSelect = {
  id: true,
  senderId: true,
  body: true,
  createdAt: true,
  sender: { select: { username: true, displayName: true } },
} satisfies Prisma.BackchannelMessageSelect;

type Row = Prisma.BackchannelMessageGetPayload<{ select: typeof lineSelect }>;

function toLine(row: Row): ReportedChatLine {
  return {
    id: row.id,
    senderId: row.senderId,
    senderName: row.sender.displayName,
    senderUsername: row.sender.username,
    text: row.body,
    sentAt: row.createdAt.toISOString(),
  };
}

export type ReportedMessage = { senderId: string; messageId: string; context: ReportedChatLine[] };

/**
 * A backchannel message as a report keeps it: one of a thread the reporter is in and may still
 * see, written by someone else, copied with its neighbours the way chat lines are (the admins are
 * not members of the thread, and the copy outlives a deleted account's name).
 */
export async function findReportedMessage(
  reporterId: string,
  messageId: string,
): Promise<ReportedMessage> {
  const message = await db.backchannelMessage.findUnique({
    where: { id: messageId },
    select: { ...lineSelect, threadId: true },
  });
  if (!message) throw new AppError("NOT_FOUND", { key: "backchannelMessageNotFound" });
  await assertThreadOpenTo(db, { threadId: message.threadId, userId: reporterId }).catch(() => {
    throw new AppError("NOT_FOUND", { key: "backchannelMessageNotFound" });
  });
  if (message.senderId === reporterId) throw new AppError("BAD_REQUEST", { key: "cantReportSelf" });
  const [before, after] = await Promise.all([
    db.backchannelMessage.findMany({
      where: {
        threadId: message.threadId,
        OR: [
          { createdAt: { lt: message.createdAt } },
          { createdAt: message.createdAt, id: { lt: message.id } },
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: REPORT_CONTEXT_MESSAGES,
      select: lineSelect,
    }),
    db.backchannelMessage.findMany({
      where: {
        threadId: message.threadId,
        OR: [
          { createdAt: { gt: message.createdAt } },
          { createdAt: message.createdAt, id: { gt: message.id } },
        ],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: REPORT_CONTEXT_MESSAGES,
      select: lineSelect,
    }),
  ]);
  return {
    senderId: message.senderId,
    messageId: message.id,
    context: [...before.reverse(), message, ...after].map(toLine),
  };
}
