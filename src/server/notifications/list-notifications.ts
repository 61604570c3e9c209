import "server-only";
import { db } from "@/server/db";
import {
  notificationViewSelect,
  toNotificationView,
  type NotificationView,
} from "@/server/notifications/notification-view";

const SHOWN = 50;

export type NotificationList = { items: NotificationView[]; unread: number };

/** The member's latest notifications, newest first, and how many they have not read. */
export async function listNotifications({ userId }: { userId: string }): Promise<NotificationList> {
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take: SHOWN,
      select: notificationViewSelect,
    }),
    countUnreadNotifications({ userId }),
  ]);
  return { items: rows.map(toNotificationView), unread };
}

export function countUnreadNotifications({ userId }: { userId: string }): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}
