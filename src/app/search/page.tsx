import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { searchQuerySchema } from "@/lib/validations/search";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { searchEverything } from "@/server/search/search-everything";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("search");
  return { title: t("title") };
}

type SearchPageProps = { searchParams: Promise<{ q?: string | string[] }> };

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const { q } = await searchParams;
  const raw = typeof q === "string" ? q : "";
  const caller = await requireCallerOrRedirect(`/search?q=${encodeURIComponent(raw)}`);
  const t = await getTranslations("search");
  const errors = await getTranslations("errors");
  // An empty box is the page before a search, not a mistake; only a too-long query is refused.
  const parsed = raw.trim() === "" ? null : searchQuerySchema.safeParse({ q: raw });
  const error = parsed && !parsed.success ? errors("searchQueryTooLong") : null;
  const results =
    parsed?.success === true
      ? await searchEverything({ viewerId: caller.id, query: parsed.data.q })
      : null;
  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
        <h1 className="text-3xl font-extrabold tracking-tight">{t("title")}</h1>
        <SearchForm query={raw} error={error} />
        {results && <SearchResults results={results} />}
      </main>
    </>
  );
}
