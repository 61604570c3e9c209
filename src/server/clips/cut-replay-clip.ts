import "server-only";
import type { TimelineSegment } from "@/lib/replays/speaker-timeline";
import { clipSpeakers } from "@/server/clips/clip-speakers";
import { cutAudio } from "@/server/clips/cut-audio";
import type { CutClip } from "@/server/clips/cut-live-clip";
import { replayStorage } from "@/server/replays/replay-storage";

export type CutReplayClipOptions = {
  replay: { storageKey: string; timeline: TimelineSegment[] };
  /** When the replay's time 0 was on the wall clock (its first track's start). */
  zero: Date;
  startMs: number;
  endMs: number;
  outputPath: string;
};

/** Cuts a range of a replay's mix (what the listener heard while choosing it) into a clip. */
export async function cutReplayClip({
  replay,
  zero,
  startMs,
  endMs,
  outputPath,
}: CutReplayClipOptions): Promise<CutClip> {
  await replayStorage().withLocalCopy(replay.storageKey, (filePath) =>
    cutAudio([{ filePath, seekMs: startMs, delayMs: 0 }], endMs - startMs, outputPath),
  );
  return {
    startsAt: new Date(zero.getTime() + startMs),
    durationMs: endMs - startMs,
    speakerIds: clipSpeakers(replay.timeline, startMs, endMs),
  };
}
