import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Toaster } from "@/components/ui/toast";
import { FORMATS } from "@/i18n/formats";
import { loadMessages } from "@/i18n/load-messages";
import type { Locale } from "@/i18n/locales";

/** A page's view rendered to HTML as the app renders it: the catalogue, formats and Toaster. */
export async function renderWithIntl(node: ReactNode, locale: Locale = "en"): Promise<string> {
  const messages = await loadMessages(locale);
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages} formats={FORMATS} timeZone="UTC">
      <Toaster>{node}</Toaster>
    </NextIntlClientProvider>,
  );
}
