// Who spoke when in a replay, from each track's loudness over time. Pure, so it is unit-tested.

export type TimelineSegment = { userId: string; startMs: number; endMs: number };

/** One recorded track's loudness: RMS in dBFS per window, placed on the replay's timeline. */
export type TrackLevels = {
  userId: string;
  offsetMs: number;
  windowMs: number;
  levelsDb: number[];
};

export type TimelineOptions = {
  /** Louder than this counts as speaking (speech sits around -30 to -15 dBFS, silence below -60). */
  thresholdDb?: number;
  /** Pauses shorter than this stay inside one segment (breaths, between words). */
  bridgeMs?: number;
  /** Blips shorter than this (a cough, a click) are not segments. */
  minSegmentMs?: number;
};

/** Segments ordered by start; one person's tracks (a republished mic) merge into one voice. */
export function speakerTimeline(
  tracks: TrackLevels[],
  { thresholdDb = -45, bridgeMs = 1_500, minSegmentMs = 400 }: TimelineOptions = {},
): TimelineSegment[] {
  const byUser = new Map<string, { startMs: number; endMs: number }[]>();
  for (const track of tracks) {
    const runs = byUser.get(track.userId) ?? [];
    let runStart: number | null = null;
    track.levelsDb.forEach((level, index) => {
      const at = track.offsetMs + index * track.windowMs;
      if (level > thresholdDb) runStart ??= at;
      else if (runStart !== null) {
        runs.push({ startMs: runStart, endMs: at });
        runStart = null;
      }
    });
    if (runStart !== null) {
      runs.push({
        startMs: runStart,
        endMs: track.offsetMs + track.levelsDb.length * track.windowMs,
      });
    }
    byUser.set(track.userId, runs);
  }

  const segments: TimelineSegment[] = [];
  for (const [userId, runs] of byUser) {
    runs.sort((a, b) => a.startMs - b.startMs);
    const merged: { startMs: number; endMs: number }[] = [];
    for (const run of runs) {
      const last = merged.at(-1);
      if (last && run.startMs - last.endMs < bridgeMs) last.endMs = Math.max(last.endMs, run.endMs);
      else merged.push({ ...run });
    }
    for (const run of merged) {
      if (run.endMs - run.startMs >= minSegmentMs) segments.push({ userId, ...run });
    }
  }
  return segments.sort((a, b) => a.startMs - b.startMs || a.userId.localeCompare(b.userId));
}

/** RMS of 16-bit mono samples in dBFS (-100 for digital silence). */
export function rmsDb(samples: Int16Array): number {
  if (samples.length === 0) return -100;
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  const rms = Math.sqrt(sum / samples.length) / 32_768;
  return rms > 0 ? Math.max(-100, 20 * Math.log10(rms)) : -100;
}
