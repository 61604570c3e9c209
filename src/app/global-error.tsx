"use client";

import { NextIntlClientProvider } from "next-intl";
import { useSyncExternalStore } from "react";
import { ErrorPage } from "@/components/layout/error-page";
import { isLocale, negotiateLocale, type Locale } from "@/i18n/locales";
import enLayout from "../../messages/en/layout.json";
import zhLayout from "../../messages/zh-CN/layout.json";
import "./globals.css";

const LAYOUT_MESSAGES: Record<Locale, typeof enLayout> = { en: enLayout, "zh-CN": zhLayout };

// Only when the root layout itself fails (it reads the member's language, so the catalogue comes
// with this file): its own document, the wordmark header, the sentence, the digest and a way back.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useBrowserLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider
          locale={locale}
          timeZone="UTC"
          messages={{ layout: LAYOUT_MESSAGES[locale] }}
        >
          <ErrorPage error={error} retry={retry} place="page" memberHeader={false} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

const noSubscription = () => () => undefined;

/**
 * The page's language: the one the failed layout had already chosen (the member's setting, else
 * the browser's), read from <html lang> while it is still there, else the browser's own. A member
 * who reads Hearth in Chinese on an English browser saw this page in English before. The server's
 * render has no request to ask: English until hydrated.
 */
function useBrowserLocale(): Locale {
  return useSyncExternalStore(
    noSubscription,
    () => {
      const lang = document.documentElement.lang;
      return isLocale(lang) ? lang : negotiateLocale(navigator.languages.join(","));
    },
    () => "en",
  );
}
