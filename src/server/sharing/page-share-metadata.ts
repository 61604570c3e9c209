import "server-only";
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getEnv } from "@/env";
import { supportedLocale } from "@/i18n/locales";
import type { ShareCard } from "@/lib/sharing/share-card";
import { shareMetadata } from "@/server/sharing/share-metadata";
import { shareTranslators } from "@/server/sharing/share-translators";

export type PageShareMetadataOptions = { card: ShareCard; pagePath: string; imagePath: string };

/** A shareable page's metadata in the request's language (a crawler's Accept-Language). */
export async function pageShareMetadata({
  card,
  pagePath,
  imagePath,
}: PageShareMetadataOptions): Promise<Metadata> {
  const locale = await getLocale();
  const t = await shareTranslators(supportedLocale(locale));
  return shareMetadata({ card, pagePath, imagePath, appUrl: getEnv().APP_URL, t });
}
