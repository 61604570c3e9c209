import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { FORMATS } from "@/i18n/formats";
import { loadMessages } from "@/i18n/load-messages";
import {
  DEFAULT_TIME_ZONE,
  TIME_ZONE_COOKIE,
  isLocale,
  negotiateLocale,
  parseTimeZone,
} from "@/i18n/locales";
import { findViewerPreferences } from "@/server/users/find-viewer-preferences";

// No locale in the URL: the member's own setting wins, then the browser's Accept-Language, then
// English. The time zone likewise: the member's setting, then the browser's (a cookie it writes),
// then UTC.
export default getRequestConfig(async () => {
  const [preferences, headerList, cookieStore] = await Promise.all([
    findViewerPreferences(),
    headers(),
    cookies(),
  ]);
  const chosenLocale = preferences?.locale;
  const locale = isLocale(chosenLocale)
    ? chosenLocale
    : negotiateLocale(headerList.get("accept-language"));
  const timeZone =
    parseTimeZone(preferences?.timeZone) ??
    parseTimeZone(cookieStore.get(TIME_ZONE_COOKIE)?.value) ??
    DEFAULT_TIME_ZONE;
  return { locale, timeZone, formats: FORMATS, messages: await loadMessages(locale) };
});
