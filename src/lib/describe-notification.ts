import type { useTranslations } from "next-intl";
import type { NotificationSummary } from "@/lib/notifications";

type NotificationWords = ReturnType<typeof useTranslations<"notifications">>;

/** The notification as one sentence, for the centre's list and the live toast alike. */
export function describeNotification(t: NotificationWords, item: NotificationSummary): string {
  const name = item.actor?.displayName ?? t("someone");
  const title = item.room?.title ?? "";
  const club = item.club?.name ?? "";
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
    case "ON_STAGE":
      return t("onStage", { name, title });
    case "CLUB_REQUEST_APPROVED":
      return t("clubRequestApproved", { club });
    case "CLUB_REQUEST_DECLINED":
      return t("clubRequestDeclined", { club });
    case "ACCOUNT_WARNING":
      return t("accountWarning");
    case "EVENT_COHOST":
      return t("eventCohost", { name, title });
    case "EVENT_SPEAKER":
      return t("eventSpeaker", { name, title });
    case "PING":
      return t("ping", { name, title });
  }
}
