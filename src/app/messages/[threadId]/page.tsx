import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ThreadView } from "@/components/backchannel/thread-view";
import { AppHeader } from "@/components/layout/app-header";
import { threadParamsSchema } from "@/lib/validations/backchannel";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { loadThread, type ThreadView as Thread } from "@/server/backchannel/load-thread";
import { AppError } from "@/server/errors";

type ThreadPageProps = { params: Promise<{ threadId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("backchannel");
  return { title: t("title") };
}

async function loadOrNotFound(userId: string, threadId: string): Promise<Thread> {
  try {
    return await loadThread({ userId, threadId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** One backchannel thread; opened from the inbox, a toast, or a person's card in a room. */
export default async function ThreadPage({ params }: ThreadPageProps) {
  const { threadId } = await params;
  if (!threadParamsSchema.safeParse({ threadId }).success) notFound();
  const caller = await requireCallerOrRedirect(`/messages/${threadId}`);
  const thread = await loadOrNotFound(caller.id, threadId);
  const t = await getTranslations("backchannel");
  const format = await getFormatter();
  const names = format.list(thread.others.map((other) => other.displayName)) || t("onlyYou");
  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-6">
        <Link href="/messages" className="self-start text-sm font-semibold hover:underline">
          {t("back")}
        </Link>
        <h1 className="text-2xl font-extrabold tracking-tight break-words">{names}</h1>
        <ThreadView
          threadId={thread.id}
          userId={caller.id}
          names={names}
          initialMessages={thread.messages}
        />
      </main>
    </>
  );
}
