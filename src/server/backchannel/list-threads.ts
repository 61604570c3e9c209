import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { threadUnblockedSql } from "@/server/backchannel/thread-access";
import { db } from "@/server/db";

/** Threads the inbox shows, newest message first. */
export const INBOX_LIMIT = 50;

export type InboxThread = {
  id: string;
  /** Everyone in it but the viewer. */
  others: { id: string; username: string; displayName: string }[];
  last: { body: string; senderId: string; sentAt: Date } | null;
  unread: number;
};

type Row = { id: string; unread: number };

/** The member's threads that no block hides, each with what they have not read yet. */
export async function listThreads({ userId }: { userId: string }): Promise<InboxThread[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT t.id, (SELECT count(*) FROM "BackchannelMessage" msg
        WHERE msg."threadId" = t.id AND msg."senderId" <> m."userId"
          AND msg."createdAt" > m."lastReadAt")::int AS unread
    FROM "BackchannelMember" m JOIN "BackchannelThread" t ON t.id = m."threadId"
    WHERE m."userId" = ${userId}::uuid AND ${threadUnblockedSql(Prisma.sql`t.id`)}
    ORDER BY t."lastMessageAt" DESC LIMIT ${INBOX_LIMIT}`;
  if (rows.length === 0) return [];
  const threads = await db.backchannelThread.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: {
      id: true,
      members: {
        where: { userId: { not: userId } },
        orderBy: { joinedAt: "asc" },
        select: { user: { select: { id: true, username: true, displayName: true } } },
      },
      messages: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { body: true, senderId: true, createdAt: true },
      },
    },
  });
  const byId = new Map(threads.map((thread) => [thread.id, thread]));
  return rows.flatMap((row) => {
    const thread = byId.get(row.id);
    if (!thread) return [];
    const last = thread.messages[0];
    return [
      {
        id: row.id,
        others: thread.members.map((member) => member.user),
        last: last ? { body: last.body, senderId: last.senderId, sentAt: last.createdAt } : null,
        unread: row.unread,
      },
    ];
  });
}

/** Messages from others the member has not read, over every thread no block hides. */
export async function countBackchannelUnread({
  userId,
}: {
  userId: string;
}): Promise<{ unread: number }> {
  const [row] = await db.$queryRaw<{ unread: number }[]>`
    SELECT count(*)::int AS unread
    FROM "BackchannelMember" m
    JOIN "BackchannelMessage" msg ON msg."threadId" = m."threadId"
      AND msg."senderId" <> m."userId" AND msg."createdAt" > m."lastReadAt"
    WHERE m."userId" = ${userId}::uuid AND ${threadUnblockedSql(Prisma.sql`m."threadId"`)}`;
  return { unread: row?.unread ?? 0 };
}
