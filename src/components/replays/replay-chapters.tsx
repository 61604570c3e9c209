"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { clockTime } from "@/lib/replays/clock-time";

/** One stretch of one speaker on the replay's timeline, named for people. */
export type Chapter = { userId: string; name: string; startMs: number; endMs: number };

type ReplayChaptersProps = {
  chapters: Chapter[];
  currentMs: number;
  totalMs: number;
  onJump: (chapter: Chapter) => void;
};

/**
 * The speaker timeline as chapters: a bar showing where each voice falls (for the eye only) and a
 * list of buttons, one per segment, that jump there. The segment playing now is marked current.
 */
export function ReplayChapters({ chapters, currentMs, totalMs, onJump }: ReplayChaptersProps) {
  const t = useTranslations("replay");
  const speakerOrder = [...new Set(chapters.map((chapter) => chapter.userId))];
  const colour = (userId: string) =>
    SPEAKER_COLOURS[speakerOrder.indexOf(userId) % SPEAKER_COLOURS.length];
  const share = (ms: number) => `${totalMs > 0 ? Math.min(100, (ms / totalMs) * 100) : 0}%`;

  return (
    <div className="flex flex-col gap-3">
      <h2 id="chapters-heading" className="text-lg font-bold">
        {t("chaptersHeading")}
      </h2>
      {chapters.length === 0 ? (
        <p className="text-sm text-ink-600">{t("noChapters")}</p>
      ) : (
        <>
          <div
            aria-hidden="true"
            className="relative h-3 overflow-hidden rounded-full bg-stone-100"
          >
            {chapters.map((chapter) => (
              <span
                key={`${chapter.userId}-${chapter.startMs}`}
                className={cn("absolute inset-y-0", colour(chapter.userId))}
                style={{
                  left: share(chapter.startMs),
                  width: share(chapter.endMs - chapter.startMs),
                }}
              />
            ))}
            <span
              className="absolute inset-y-0 w-0.5 bg-ink-900"
              style={{ left: share(currentMs) }}
            />
          </div>
          <ol aria-labelledby="chapters-heading" className="flex flex-col gap-1">
            {chapters.map((chapter) => {
              const isCurrent = currentMs >= chapter.startMs && currentMs < chapter.endMs;
              const start = clockTime(chapter.startMs / 1000);
              const end = clockTime(chapter.endMs / 1000);
              return (
                <li key={`${chapter.userId}-${chapter.startMs}`}>
                  <button
                    type="button"
                    aria-current={isCurrent ? "true" : undefined}
                    onClick={() => onJump(chapter)}
                    className={cn(
                      "flex w-full items-center gap-3 rounded-xl px-3 py-2 text-left hover:bg-ember-50 focus-visible:outline-3 focus-visible:outline-ember-700",
                      isCurrent && "bg-ember-100",
                    )}
                  >
                    <span
                      aria-hidden="true"
                      className={cn("size-3 rounded-full", colour(chapter.userId))}
                    />
                    {/* The visible words are the button's name ("Bo 0:30 to 0:50"). */}
                    <span className="flex-1 font-semibold">{chapter.name}</span>{" "}
                    <span className="text-sm text-ink-600 tabular-nums">
                      {t("chapterTimes", { start, end })}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}

// Distinguishable on white and next to each other; a speaker keeps one colour through the replay.
const SPEAKER_COLOURS = [
  "bg-ember-600",
  "bg-sky-600",
  "bg-emerald-600",
  "bg-violet-600",
  "bg-amber-500",
];
