import type { useTranslations } from "next-intl";
import type { NotificationSummary } from "@/lib/notifications";

type NotificationWords = ReturnType<typeof useTranslations<"notifications">>;

/** The notification as one sentence, for the centre's list and the live toast alike. */
export function describeNotification(t: NotificationWords, item: NotificationSummary): string {
  const name = item.actor?.displayName ?? t("someone");
  const title = item.room?.title ?? "";
  switch (item.kind) {
    case "ROOM_STARTED":
      return t("roomStarted", { name, title });
    case "ROOM_INVITE":
      return t("roomInvite", { name, title });
    case "NEW_FOLLOWER":
      return t("newFollower", { name });
    case "EVENT_STARTING":
      return t("eventStarting", { name, title });
    case "EVENT_REMINDER":
      return t("eventReminder", { name, title });
  }
}
