import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { createClubAction } from "@/app/clubs/actions";
import { CreateClubForm } from "@/components/clubs/create-club-form";
import { AppHeader } from "@/components/layout/app-header";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("clubs");
  return { title: t("createClub") };
}

export default async function NewClubPage() {
  const caller = await requireCallerOrRedirect("/clubs/new");
  const t = await getTranslations("clubs");
  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
        <h1 className="text-3xl font-extrabold tracking-tight">{t("createClub")}</h1>
        <CreateClubForm action={createClubAction} />
      </main>
    </>
  );
}
