"use client";

import { ErrorPage } from "@/components/layout/error-page";

// Any page that fails on the server (or while rendering): the header, a plain sentence, the digest
// to quote (its log line: src/instrumentation.ts), "Try again" and the way back. Inside the root
// layout, so the tab's live room keeps playing.
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPage error={error} retry={retry} place="page" />;
}
