import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { Button } from "@/components/ui/button";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { listClubs } from "@/server/clubs/list-clubs";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("clubs");
  return { title: t("title") };
}

const standing = { ACTIVE: "member", PENDING: "requestPending" } as const;

export default async function ClubsPage() {
  const caller = await requireCallerOrRedirect("/clubs");
  const clubs = await listClubs({ viewerId: caller.id });
  const t = await getTranslations("clubs");
  const topics = await getTranslations("topics");
  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h1 className="text-3xl font-extrabold tracking-tight">{t("title")}</h1>
          <Button asChild>
            <Link href="/clubs/new">{t("createClub")}</Link>
          </Button>
        </div>
        {clubs.length === 0 ? (
          <p className="rounded-2xl bg-white p-8 text-center shadow-sm">
            {t.rich("noClubs", {
              link: (chunks) => (
                <Link href="/clubs/new" className="font-semibold text-ember-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {clubs.map((club) => (
              <li key={club.id}>
                <Link
                  href={`/clubs/${club.slug}`}
                  className="flex flex-col gap-1 rounded-2xl bg-white p-5 shadow-sm hover:shadow-md"
                >
                  <span className="text-lg font-bold">{club.name}</span>
                  <span className="text-sm text-ink-600">
                    {t("memberCount", { count: club.memberCount })} ·{" "}
                    {club.visibility === "OPEN" ? t("open") : t("private")}
                    {club.topics.length > 0 &&
                      ` · ${club.topics.map((topic) => topics(topic)).join(", ")}`}
                  </span>
                  {club.membership && (
                    <span className="text-sm font-semibold text-ember-700">
                      {t(standing[club.membership])}
                    </span>
                  )}
                  {club.description && (
                    <span className="line-clamp-2 text-sm">{club.description}</span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
