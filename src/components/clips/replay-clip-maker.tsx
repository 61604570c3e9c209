"use client";

import { Scissors } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { MIN_CLIP_SECONDS, REPLAY_CLIP_CHOICES } from "@/lib/clips/clip-limits";
import { clockTime } from "@/lib/replays/clock-time";
import { CutClipStatus, useCutClip } from "./use-cut-clip";

type ReplayClipMakerProps = { roomId: string; currentSeconds: number; durationSeconds: number };

/** Under the replay player: a clip of 15, 30 or 60 s from where the listener is. */
export function ReplayClipMaker({ roomId, currentSeconds, durationSeconds }: ReplayClipMakerProps) {
  const t = useTranslations("clips");
  const [length, setLength] = useState<number>(30);
  const { cut, pending, error, href } = useCutClip(roomId);
  // Near the end, the range slides back so it keeps its length.
  const end = Math.min(Math.floor(currentSeconds) + length, Math.floor(durationSeconds));
  const start = Math.max(0, end - length);
  const tooShort = end - start < MIN_CLIP_SECONDS;

  return (
    <section
      aria-labelledby="replay-clip"
      className="flex flex-col gap-2 border-t border-stone-200 pt-4"
    >
      <h2 id="replay-clip" className="text-sm font-bold">
        {t("replayHeading")}
      </h2>
      <p className="text-sm text-ink-600">{t("replayHint")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <div role="group" aria-label={t("replayLength")} className="flex gap-1">
          {REPLAY_CLIP_CHOICES.map((seconds) => (
            <Button
              key={seconds}
              size="sm"
              variant={length === seconds ? "dark" : "secondary"}
              aria-pressed={length === seconds}
              onClick={() => setLength(seconds)}
            >
              {t("replayLengthOption", { seconds })}
            </Button>
          ))}
        </div>
        <span className="text-sm text-ink-600 tabular-nums">
          {t("replayRange", { start: clockTime(start), end: clockTime(end) })}
        </span>
        <Button
          size="sm"
          disabled={pending || tooShort}
          onClick={() => void cut({ source: "REPLAY", startMs: start * 1000, endMs: end * 1000 })}
        >
          <Scissors aria-hidden="true" />
          {t("makeClip")}
        </Button>
      </div>
      <CutClipStatus pending={pending} error={error} href={href} />
    </section>
  );
}
