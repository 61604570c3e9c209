import "server-only";
import { rmsDb } from "@/lib/replays/speaker-timeline";
import { runFfmpeg } from "@/server/replays/ffmpeg";

export type TrackMeasurement = { durationMs: number; windowMs: number; levelsDb: number[] };

const RATE = 8_000;
const WINDOW_MS = 100;

/** Where to start measuring, for a part of a long track (a clip); the whole file by default. */
export type MeasureWindow = { seekMs?: number };

/** Decodes a track to 8 kHz mono and measures its loudness per 100 ms, and how long it is. */
export async function measureTrackLevels(
  filePath: string,
  { seekMs = 0 }: MeasureWindow = {},
): Promise<TrackMeasurement> {
  const windowBytes = ((RATE * WINDOW_MS) / 1000) * 2;
  const levelsDb: number[] = [];
  let pending = Buffer.alloc(0);
  let totalBytes = 0;
  await runFfmpeg(
    // Opus with DTX sends nothing in silences, so the file has gaps in time: aresample's async
    // mode fills them with silence, or every word after a pause would land early.
    // After a seek, time 0 is the seek point: a silence there must stay, so no asetpts.
    [
      ...(seekMs > 0 ? ["-ss", (seekMs / 1000).toFixed(3)] : []),
      "-i",
      filePath,
      "-af",
      `${seekMs > 0 ? "" : "asetpts=PTS-STARTPTS,"}aresample=${RATE}:async=1:first_pts=0`,
      "-ac",
      "1",
      "-f",
      "s16le",
      "-acodec",
      "pcm_s16le",
      "-",
    ],
    (chunk) => {
      totalBytes += chunk.length;
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= windowBytes) {
        levelsDb.push(rmsDb(samplesOf(pending.subarray(0, windowBytes))));
        pending = pending.subarray(windowBytes);
      }
    },
  );
  if (pending.length >= 2) levelsDb.push(rmsDb(samplesOf(pending)));
  return { durationMs: Math.round((totalBytes / 2 / RATE) * 1000), windowMs: WINDOW_MS, levelsDb };
}

function samplesOf(bytes: Buffer): Int16Array {
  const samples = new Int16Array(Math.floor(bytes.length / 2));
  for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(i * 2);
  return samples;
}
