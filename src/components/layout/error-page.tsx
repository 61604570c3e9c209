"use client";

import { CloudAlert } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { z } from "zod/mini";
import { NoticePage } from "@/components/layout/notice-page";
import { Button } from "@/components/ui/button";
import type { Caller } from "@/server/auth/get-caller";

type ErrorPageProps = {
  /** What the boundary caught: a server failure arrives with Next's `digest`. */
  error: unknown;
  retry: () => void;
  /** Which words: a page in general, or a room that would not open. */
  place: "page" | "room";
  /**
   * Whether to ask for the member's own header. The root layout's boundary (global-error) has no
   * providers for it, so it shows the wordmark alone.
   */
  memberHeader?: boolean;
};

// next-auth's session endpoint answers the same member the pages' headers are rendered for.
const sessionSchema = z.object({
  user: z.optional(
    z.object({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      role: z.enum(["MEMBER", "ADMIN"]),
    }),
  ),
});

/**
 * A failed page (src/app/**\/error.tsx, global-error.tsx): the site's header, a plain sentence, the
 * reference an operator finds the failure's one log line by (src/instrumentation.ts), "Try again"
 * and a way back to the hallway.
 */
export function ErrorPage({ error, retry, place, memberHeader = true }: ErrorPageProps) {
  const t = useTranslations("layout");
  const reference = digestOf(error);
  const caller = useHeaderCaller(memberHeader);
  return (
    <NoticePage
      caller={caller}
      icon={CloudAlert}
      title={t(place === "room" ? "roomErrorTitle" : "errorTitle")}
      actions={
        <>
          <Button variant="secondary" onClick={retry}>
            {t("tryAgain")}
          </Button>
          <Button asChild>
            <Link href="/">{t("backToHallway")}</Link>
          </Button>
        </>
      }
    >
      <p>{t(place === "room" ? "roomErrorBody" : "errorBody")}</p>
      {reference && <p className="text-sm">{t("errorReference", { reference })}</p>}
    </NoticePage>
  );
}

function digestOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const digest: unknown = Reflect.get(error, "digest");
  return typeof digest === "string" && digest ? digest : null;
}

/** The signed-in member, once the session endpoint answers; null for a visitor or if it fails. */
function useHeaderCaller(enabled: boolean): Caller | null {
  const [caller, setCaller] = useState<Caller | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    fetch("/api/auth/session", { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => {
        const session = sessionSchema.safeParse(body);
        if (session.success && session.data.user) setCaller(session.data.user);
      })
      // The server that just failed may fail this too: the wordmark header stays.
      .catch(() => undefined);
    return () => controller.abort();
  }, [enabled]);
  return caller;
}
