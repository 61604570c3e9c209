"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { z } from "zod/mini";
import { roomApiPath } from "@/lib/live/room-api";
import { requestRoom } from "./request-room";

const summarySchema = z.object({
  summary: z.nullable(
    z.object({
      durationMs: z.number(),
      peakListeners: z.number(),
      speakers: z.number(),
      newFollowers: z.number(),
      handsRaised: z.number(),
    }),
  ),
});
type Summary = NonNullable<z.infer<typeof summarySchema>["summary"]>;

/** The host's figures for a room that just ended; nothing for anyone else (the server says null). */
export function HostSummary({ roomId }: { roomId: string }) {
  const t = useTranslations("room");
  const format = useFormatter();
  const [summary, setSummary] = useState<Summary | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void requestRoom(roomApiPath(roomId, "summary"), { method: "GET", signal: controller.signal })
      .then((result) => {
        const parsed = result.ok ? summarySchema.safeParse(result.data) : null;
        if (parsed?.success) setSummary(parsed.data.summary);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [roomId]);
  if (!summary) return null;
  const figures = [
    [
      t("summaryDuration"),
      t("summaryMinutes", { minutes: Math.round(summary.durationMs / 60_000) }),
    ],
    [t("summaryPeakListeners"), format.number(summary.peakListeners)],
    [t("summarySpeakers"), format.number(summary.speakers)],
    [t("summaryNewFollowers"), format.number(summary.newFollowers)],
    [t("summaryHandsRaised"), format.number(summary.handsRaised)],
  ] as const;
  return (
    <section aria-labelledby="summary-heading" className="flex flex-col gap-2 text-left">
      <h2 id="summary-heading" className="font-bold">
        {t("summaryHeading")}
      </h2>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
        {figures.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-ink-600">{label}</dt>
            <dd className="font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
