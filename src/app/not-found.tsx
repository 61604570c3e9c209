import { SearchX } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RefusalPage } from "@/components/layout/refusal-page";
import { findCaller } from "@/server/auth/get-caller";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout");
  return { title: t("notFoundTitle") };
}

// Every notFound() and unknown address lands here: the site's header and a way back, status 404.
export default async function NotFound() {
  const [caller, t] = await Promise.all([findCaller(), getTranslations("layout")]);
  return (
    <RefusalPage caller={caller} icon={SearchX} title={t("notFoundTitle")}>
      <p>{t("notFoundBody")}</p>
    </RefusalPage>
  );
}
