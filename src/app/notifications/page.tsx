import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { describeNotification } from "@/components/notifications/describe-notification";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { Avatar } from "@/components/people/avatar";
import { PushPrompt } from "@/components/push/push-prompt";
import { notificationHref } from "@/lib/notifications";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { listNotifications } from "@/server/notifications/list-notifications";
import { pushConfig } from "@/server/push/push-config";
import { markAllReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

export default async function NotificationsPage() {
  const caller = await requireCallerOrRedirect("/notifications");
  const { items, unread } = await listNotifications({ userId: caller.id });
  const t = await getTranslations("notifications");
  const format = await getFormatter();
  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h1 className="text-3xl font-extrabold tracking-tight">{t("title")}</h1>
          {unread > 0 && <MarkAllReadButton action={markAllReadAction} />}
        </div>
        <PushPrompt vapidPublicKey={pushConfig()?.publicKey ?? null} variant="card" />
        {items.length === 0 ? (
          <p className="rounded-2xl bg-white p-8 text-center shadow-sm">{t("empty")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {items.map((item) => {
              const href = notificationHref(item);
              const text = describeNotification(t, item);
              return (
                <li
                  key={item.id}
                  className={`flex items-center gap-3 rounded-2xl p-4 shadow-sm ${item.readAt ? "bg-white" : "bg-ember-50"}`}
                >
                  {item.actor && (
                    <Avatar
                      userId={item.actor.id}
                      displayName={item.actor.displayName}
                      size="sm"
                      photoVersion={item.actor.photo?.version}
                    />
                  )}
                  <span className="flex min-w-0 flex-1 flex-col">
                    {href ? (
                      <Link href={href} className="font-semibold hover:underline">
                        {text}
                      </Link>
                    ) : (
                      <span className="font-semibold">{text}</span>
                    )}
                    <time dateTime={item.createdAt.toISOString()} className="text-sm text-ink-600">
                      {format.dateTime(item.createdAt, "moment")}
                    </time>
                  </span>
                  {!item.readAt && (
                    <span className="rounded-full bg-ember-700 px-2 py-0.5 text-xs font-bold text-white">
                      {t("unreadBadge")}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </main>
    </>
  );
}
