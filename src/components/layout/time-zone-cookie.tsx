"use client";

import { useRouter } from "next/navigation";
import { useTimeZone } from "next-intl";
import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/i18n/locales";
import { whenIdle } from "@/lib/when-idle";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Tells the server the browser's time zone (a cookie), so server-rendered times are local for
 * members who have not picked a zone in settings. Re-renders once when the cookie was missing or
 * stale and the page was rendered in another zone: a page already in the browser's zone would
 * come back the same, for a whole page's render (on a phone, while a room connects). A member's
 * own setting still wins on the server. Checked once the page is idle: asking the browser for its
 * zone is slow enough to lengthen the first task (a room's page hydrating while it connects).
 */
export function TimeZoneCookie() {
  const router = useRouter();
  const rendered = useTimeZone();
  useEffect(() => {
    return whenIdle(() => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const current = document.cookie
        .split("; ")
        .find((part) => part.startsWith(`${TIME_ZONE_COOKIE}=`))
        ?.slice(TIME_ZONE_COOKIE.length + 1);
      if (!zone || decodeURIComponent(current ?? "") === zone) return;
      document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
      if (zone !== rendered) router.refresh();
    });
  }, [router, rendered]);
  return null;
}
