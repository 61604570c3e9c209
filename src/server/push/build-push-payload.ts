import "server-only";
import type { Messages } from "next-intl";
import { createTranslator } from "use-intl/core";
import { describeNotification } from "@/lib/describe-notification";
import { loadMessages } from "@/i18n/load-messages";
import { supportedLocale } from "@/i18n/locales";
import { notificationHref } from "@/lib/notifications";
import type { PushPayload } from "@/lib/push";
import type { NotificationView } from "@/server/notifications/notification-view";

/**
 * A notification as its push says it, in the member's language: the same sentence the bell shows
 * (describeNotification), and where tapping it goes, as the notification centre links it.
 */
export async function buildPushPayload(
  notification: NotificationView,
  locale: string | null,
): Promise<PushPayload> {
  const language = supportedLocale(locale);
  const messages = await loadMessages(language);
  const t = createTranslator<Messages, "notifications">({
    locale: language,
    messages,
    namespace: "notifications",
  });
  const push = createTranslator<Messages, "push">({
    locale: language,
    messages,
    namespace: "push",
  });
  const href = notificationHref(notification);
  const listen = notification.room?.live === true;
  return {
    id: notification.id,
    title: describeNotification(t, notification),
    body: listen ? push("tapToListen") : push("tapToOpen"),
    url: href ?? "/notifications",
    // One notice per room on the lock screen: "went on stage" replaces "started" for the same room.
    tag: notification.room ? `room-${notification.room.id}` : `notification-${notification.id}`,
  };
}
