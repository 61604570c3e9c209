import "server-only";
import { db } from "@/server/db";

/** Marks every unread notification of the member as read (only theirs: the filter is the owner). */
export async function markNotificationsRead({ userId }: { userId: string }): Promise<void> {
  await db.notification.updateMany({
    where: { userId, readAt: null },
    data: { readAt: new Date() },
  });
}
