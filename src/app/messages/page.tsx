import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InboxRefresher } from "@/components/backchannel/inbox-refresher";
import { StartThreadForm } from "@/components/backchannel/start-thread-form";
import { AppHeader } from "@/components/layout/app-header";
import { Avatar } from "@/components/people/avatar";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { listThreads } from "@/server/backchannel/list-threads";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("backchannel");
  return { title: t("title") };
}

/** The backchannel's inbox (docs/backchannel.md): threads, newest message first. */
export default async function MessagesPage() {
  const caller = await requireCallerOrRedirect("/messages");
  const threads = await listThreads({ userId: caller.id });
  const t = await getTranslations("backchannel");
  const format = await getFormatter();
  return (
    <>
      <AppHeader caller={caller} />
      <InboxRefresher />
      <main id="main-content" className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
        <h1 className="text-3xl font-extrabold tracking-tight">{t("title")}</h1>
        <StartThreadForm />
        {threads.length === 0 ? (
          <p className="rounded-2xl bg-white p-8 text-center shadow-sm">{t("inboxEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {threads.map((thread) => {
              const names = format.list(thread.others.map((other) => other.displayName));
              const first = thread.others[0];
              return (
                <li
                  key={thread.id}
                  className={`flex items-center gap-3 rounded-2xl p-4 shadow-sm ${thread.unread > 0 ? "bg-ember-50" : "bg-white"}`}
                >
                  {first && <Avatar userId={first.id} displayName={first.displayName} size="sm" />}
                  <span className="flex min-w-0 flex-1 flex-col">
                    <Link href={`/messages/${thread.id}`} className="font-semibold hover:underline">
                      {names || t("onlyYou")}
                    </Link>
                    {thread.last && (
                      <span className="truncate text-sm text-ink-600">
                        {thread.last.senderId === caller.id
                          ? t("youWrote", { body: thread.last.body })
                          : thread.last.body}
                      </span>
                    )}
                  </span>
                  {thread.unread > 0 && (
                    <span className="rounded-full bg-ember-700 px-2 py-0.5 text-xs font-bold text-white">
                      {t("unreadCount", { count: thread.unread })}
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
