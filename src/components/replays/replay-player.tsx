"use client";

import { Pause, Play, RotateCcw, RotateCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Slider } from "@/components/ui/slider";
import { ReplayClipMaker } from "@/components/clips/replay-clip-maker";
import { clockTime } from "@/lib/replays/clock-time";
import { ReplayChapters, type Chapter } from "./replay-chapters";

const SPEEDS = [1, 1.5, 2] as const;
const SKIP_SECONDS = 15;

type ReplayPlayerProps = {
  roomId: string;
  durationMs: number | null;
  chapters: Chapter[];
  /** Listeners may clip a range from where they are (the host allows clips). */
  canClip?: boolean;
};

/**
 * A native <audio> (served with range requests, so seeking fetches only what it needs) behind
 * labelled controls: play, seek, ±15 s, speed and the speaker chapters. What a control changes is
 * read out through one polite status region.
 */
export function ReplayPlayer({ roomId, durationMs, chapters, canClip = false }: ReplayPlayerProps) {
  const t = useTranslations("replay");
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [current, setCurrent] = useState(0);
  // The stored length until the browser has read the file's own.
  const [duration, setDuration] = useState((durationMs ?? 0) / 1000);
  const [rate, setRate] = useState<number>(1);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    const element = audio.current;
    if (!element) return;
    const onTime = () => setCurrent(element.currentTime);
    const onDuration = () => {
      if (Number.isFinite(element.duration) && element.duration > 0) setDuration(element.duration);
    };
    const onPlay = () => setPlaying(true);
    const onPause = () => setPlaying(false);
    const onRate = () => setRate(element.playbackRate);
    const events = [
      ["timeupdate", onTime],
      ["seeked", onTime],
      ["loadedmetadata", onDuration],
      ["durationchange", onDuration],
      ["play", onPlay],
      ["pause", onPause],
      ["ended", onPause],
      ["ratechange", onRate],
    ] as const;
    for (const [name, handler] of events) element.addEventListener(name, handler);
    onDuration();
    return () => {
      for (const [name, handler] of events) element.removeEventListener(name, handler);
    };
  }, []);

  function seekTo(seconds: number) {
    const element = audio.current;
    if (!element) return 0;
    const target = Math.max(0, Math.min(seconds, duration || seconds));
    element.currentTime = target;
    setCurrent(target);
    return target;
  }

  function skip(by: number) {
    const target = seekTo((audio.current?.currentTime ?? current) + by);
    setAnnouncement(t("atTime", { time: clockTime(target) }));
  }

  function jumpTo(chapter: Chapter) {
    const target = seekTo(chapter.startMs / 1000);
    setAnnouncement(t("chapterAnnounced", { name: chapter.name, time: clockTime(target) }));
    // Tapping a speaker means "let me hear them": start playing from there.
    audio.current?.play().catch(() => undefined);
  }

  function changeSpeed(speed: number) {
    const element = audio.current;
    if (!element) return;
    // Both: a reloaded source falls back to the default rate.
    element.defaultPlaybackRate = speed;
    element.playbackRate = speed;
    setRate(speed);
    setAnnouncement(t("speedAnnounced", { rate: speed }));
  }

  function togglePlay() {
    const element = audio.current;
    if (!element) return;
    if (element.paused) element.play().catch(() => undefined);
    else element.pause();
  }

  const position = t("position", { current: clockTime(current), total: clockTime(duration) });
  // The clip maker shares the player's card but is its own region, so its status is not the player's.
  return (
    <div className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm">
      <section aria-label={t("player")} className="flex flex-col gap-4">
        <audio ref={audio} src={`/api/replays/${roomId}/audio`} preload="metadata" />
        <Slider
          aria-label={t("seek")}
          aria-valuetext={position}
          min={0}
          max={Math.max(1, Math.ceil(duration))}
          step={1}
          value={Math.floor(current)}
          onChange={(event) => seekTo(Number(event.currentTarget.value))}
        />
        <p className="text-sm text-ink-600 tabular-nums">{position}</p>
        <div className="flex flex-wrap items-center gap-2">
          <Button
            variant="secondary"
            size="icon"
            aria-label={t("back15")}
            onClick={() => skip(-SKIP_SECONDS)}
          >
            <RotateCcw aria-hidden="true" />
          </Button>
          <Button size="icon" aria-label={playing ? t("pause") : t("play")} onClick={togglePlay}>
            {playing ? <Pause aria-hidden="true" /> : <Play aria-hidden="true" />}
          </Button>
          <Button
            variant="secondary"
            size="icon"
            aria-label={t("forward15")}
            onClick={() => skip(SKIP_SECONDS)}
          >
            <RotateCw aria-hidden="true" />
          </Button>
          <div role="group" aria-label={t("speed")} className="ml-auto flex gap-1">
            {SPEEDS.map((speed) => (
              <Button
                key={speed}
                size="sm"
                variant={rate === speed ? "dark" : "secondary"}
                aria-pressed={rate === speed}
                onClick={() => changeSpeed(speed)}
              >
                {t("speedOption", { rate: speed })}
              </Button>
            ))}
          </div>
        </div>
        <ReplayChapters
          chapters={chapters}
          currentMs={current * 1000}
          totalMs={duration * 1000}
          onJump={jumpTo}
        />
        <p role="status" aria-live="polite" className="sr-only">
          {announcement}
        </p>
      </section>
      {canClip && (
        <ReplayClipMaker roomId={roomId} currentSeconds={current} durationSeconds={duration} />
      )}
    </div>
  );
}
