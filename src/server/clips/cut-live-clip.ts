import "server-only";
import { LIVE_CLIP_SECONDS, MIN_CLIP_SECONDS } from "@/lib/clips/clip-limits";
import { speakerTimeline } from "@/lib/replays/speaker-timeline";
import { clipSpeakers } from "@/server/clips/clip-speakers";
import { cutAudio } from "@/server/clips/cut-audio";
import { withLocalCopies } from "@/server/clips/with-local-copies";
import { AppError } from "@/server/errors";
import { measureTrackLevels } from "@/server/replays/measure-track-levels";
import { replayStorage } from "@/server/replays/replay-storage";

/** A speaker's recorded microphone: its file and when its first audio was captured. */
export type LiveTrack = { userId: string; storageKey: string; startedAt: Date };

export type CutLiveClipOptions = { tracks: LiveTrack[]; now: number; outputPath: string };

/** What was cut: where it sits on the wall clock, how long it is, and who is heard in it. */
export type CutClip = { startsAt: Date; durationMs: number; speakerIds: string[] };

// Egress writes Ogg pages a little behind the wall clock: files are read from this much earlier,
// so the last 30 s that are on disk can be found, and a clip ends at what is on disk when that is
// this close to now (else at now: everyone fell silent or muted, and silence is what was said).
const WRITE_LAG_MS = 5_000;

/**
 * Cuts the last 30 s of a live room from its speakers' track files, which Egress is still writing.
 * Each track is measured from just before the window (to find what is on disk and who speaks),
 * then the window is cut from every track that overlaps it.
 */
export async function cutLiveClip({
  tracks,
  now,
  outputPath,
}: CutLiveClipOptions): Promise<CutClip> {
  const wantedMs = LIVE_CLIP_SECONDS * 1000;
  const readFrom = now - wantedMs - WRITE_LAG_MS;
  const storage = replayStorage();
  return withLocalCopies(
    storage,
    tracks.map((track) => track.storageKey),
    async (filePaths) => {
      const measured = await Promise.all(
        tracks.map(async (track, index) => {
          const filePath = filePaths[index] ?? "";
          const seekMs = Math.max(0, readFrom - track.startedAt.getTime());
          const levels = await measureTrackLevels(filePath, { seekMs });
          const readAt = track.startedAt.getTime() + seekMs;
          return { ...track, filePath, readAt, levels, endsAt: readAt + levels.durationMs };
        }),
      );
      const onDisk = measured.filter((track) => track.levels.durationMs > 0);
      const latest = Math.max(...onDisk.map((track) => track.endsAt));
      const end = now - latest <= WRITE_LAG_MS ? Math.min(latest, now) : now;
      const earliest = Math.min(...onDisk.map((track) => track.startedAt.getTime()));
      const start = Math.max(end - wantedMs, earliest);
      if (onDisk.length === 0 || end - start < MIN_CLIP_SECONDS * 1000) {
        throw new AppError("CONFLICT", {
          message: "live clip: too little recorded",
          key: "clipNothingYet",
        });
      }
      const heard = onDisk.filter((track) => track.endsAt > start);
      const timeline = speakerTimeline(
        heard.map((track) => ({
          userId: track.userId,
          offsetMs: track.readAt - start,
          windowMs: track.levels.windowMs,
          levelsDb: track.levels.levelsDb,
        })),
      );
      await cutAudio(
        heard.map((track) => ({
          filePath: track.filePath,
          seekMs: Math.max(0, start - track.startedAt.getTime()),
          delayMs: Math.max(0, track.startedAt.getTime() - start),
        })),
        end - start,
        outputPath,
      );
      return {
        startsAt: new Date(start),
        durationMs: end - start,
        speakerIds: clipSpeakers(timeline, 0, end - start),
      };
    },
  );
}
