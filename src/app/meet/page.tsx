import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { MeetClient } from "@/components/match/meet-client";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { getMatchStatus } from "@/server/match/get-match-status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("match");
  return { title: t("title") };
}

// Voice match: opt in once, then "Find someone" (docs/voice-match.md).
export default async function MeetPage() {
  const caller = await requireCallerOrRedirect("/meet");
  const status = await getMatchStatus({ userId: caller.id });
  const t = await getTranslations("match");
  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-8">
        <h1 className="text-3xl font-extrabold tracking-tight">{t("title")}</h1>
        <MeetClient initialStatus={status} />
      </main>
    </>
  );
}
