"use client";

import { NextIntlClientProvider } from "next-intl";
import { useSyncExternalStore } from "react";
import { ErrorPage } from "@/components/layout/error-page";
import { negotiateLocale, type Locale } from "@/i18n/locales";
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

/** The browser's language (the server's render has no request to ask: English until hydrated). */
function useBrowserLocale(): Locale {
  return useSyncExternalStore(
    noSubscription,
    () => negotiateLocale(navigator.languages.join(",")),
    () => "en",
  );
}
