import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { clockTime } from "@/lib/replays/clock-time";
import type { ReplaySummary } from "@/server/replays/list-replays";

type ReplayListProps = { id: string; replays: ReplaySummary[] };

/** A "Replays" section linking to each replay (on its room's address); nothing when there are none. */
export function ReplayList({ id, replays }: ReplayListProps) {
  const t = useTranslations("replay");
  const format = useFormatter();
  if (replays.length === 0) return null;
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="rounded-2xl bg-white p-6 shadow-sm">
      <h2 id={headingId} className="text-xl font-bold">
        {t("listTitle")}
      </h2>
      <ul className="mt-3 flex flex-col divide-y divide-ember-100">
        {replays.map((replay) => (
          <li key={replay.roomId} className="flex flex-wrap items-baseline gap-x-3 py-2">
            <Link href={`/rooms/${replay.roomId}`} className="font-semibold hover:underline">
              {replay.title}
            </Link>
            <span className="text-sm text-ink-600">
              {replay.status === "PROCESSING"
                ? t("listProcessing")
                : clockTime((replay.durationMs ?? 0) / 1000)}
            </span>
            {replay.endedAt && (
              <span className="text-sm text-ink-600">
                {t("listEnded", { date: format.dateTime(replay.endedAt, "date") })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
