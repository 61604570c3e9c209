import "server-only";
import { headers } from "next/headers";
import { isLocale, negotiateLocale, type Locale } from "@/i18n/locales";
import { db } from "@/server/db";
import { findViewerPreferences } from "@/server/users/find-viewer-preferences";

// The language an error is told in, chosen as pages choose theirs (src/i18n/request.ts): the
// member's setting, else the browser's Accept-Language, else English.

/** For server actions, which read the request through next/headers. */
export async function findActionLocale(): Promise<Locale> {
  const [preferences, headerList] = await Promise.all([findViewerPreferences(), headers()]);
  return chooseLocale(preferences?.locale, headerList.get("accept-language"));
}

/** For route handlers, from their own request and the caller (when the session was read). */
export async function findRouteLocale(request: Request, callerId?: string): Promise<Locale> {
  const acceptLanguage = request.headers.get("accept-language");
  if (!callerId) return chooseLocale(null, acceptLanguage);
  // This runs while answering another error, possibly a database outage: it must not throw.
  const member = await db.user
    .findUnique({ where: { id: callerId }, select: { locale: true } })
    .catch(() => null);
  return chooseLocale(member?.locale, acceptLanguage);
}

function chooseLocale(chosen: string | null | undefined, acceptLanguage: string | null): Locale {
  return isLocale(chosen) ? chosen : negotiateLocale(acceptLanguage);
}
