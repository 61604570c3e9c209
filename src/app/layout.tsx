import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { loadCompiledMessages } from "@/i18n/load-messages";
import { supportedLocale } from "@/i18n/locales";
import { SkipLink } from "@/components/layout/skip-link";
import { TimeZoneCookie } from "@/components/layout/time-zone-cookie";
import { LiveSessionProvider } from "@/components/room/live-session-provider";
import { Toaster } from "@/components/ui/toast";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: "Hearth", template: "%s · Hearth" },
    description: t("appDescription"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const messages = await loadCompiledMessages(supportedLocale(locale));
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        {/* Locale, time zone and formats flow from src/i18n/request.ts; the messages, compiled. */}
        <NextIntlClientProvider messages={messages}>
          <SkipLink />
          <Toaster>
            {/* The tab's one live room, above the pages: listening survives navigation. */}
            <LiveSessionProvider>{children}</LiveSessionProvider>
          </Toaster>
          <TimeZoneCookie />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
