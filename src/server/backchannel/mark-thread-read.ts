import "server-only";
import { assertThreadOpenTo } from "@/server/backchannel/thread-access";
import { db } from "@/server/db";

/**
 * The member has read the thread up to its newest message. Read up to the newest message's own
 * time rather than the clock, so a message written as this runs is not counted as read.
 */
export async function markThreadRead({
  userId,
  threadId,
}: {
  userId: string;
  threadId: string;
}): Promise<{ read: true }> {
  await assertThreadOpenTo(db, { threadId, userId });
  await db.$executeRaw`
    UPDATE "BackchannelMember" m SET "lastReadAt" = latest.at
    FROM (SELECT max("createdAt") AS at FROM "BackchannelMessage"
          WHERE "threadId" = ${threadId}::uuid) latest
    WHERE m."threadId" = ${threadId}::uuid AND m."userId" = ${userId}::uuid
      AND latest.at IS NOT NULL AND latest.at > m."lastReadAt"`;
  return { read: true };
}
