import "server-only";
import type { Messages } from "next-intl";
// use-intl's core: no React, so plain Node can load it too (see translate-error.ts).
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/i18n/load-messages";
import type { Locale } from "@/i18n/locales";
import type { ShareTranslators } from "@/lib/sharing/share-text";

/** The words of share cards in one language, outside any request (image routes, tests). */
export async function shareTranslators(locale: Locale): Promise<ShareTranslators> {
  const messages = await loadMessages(locale);
  return {
    share: createTranslator<Messages, "share">({ locale, messages, namespace: "share" }),
    topics: createTranslator<Messages, "topics">({ locale, messages, namespace: "topics" }),
  };
}
