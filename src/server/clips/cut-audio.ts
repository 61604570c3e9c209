import "server-only";
import { runFfmpeg } from "@/server/replays/ffmpeg";

/** One input of a clip: a file, where in it the clip starts, and how late it joins the clip. */
export type ClipInput = { filePath: string; seekMs: number; delayMs: number };

const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);

/**
 * Cuts `durationMs` from one or more files onto one timeline into a mono Ogg/Opus file of exactly
 * that length: each input is read from its seek point (Ogg seeks by bisection, so an hour-long
 * track costs no more than a short one), its DTX gaps filled, delayed by when it joins, and the
 * inputs summed as the replay's mix is (src/server/replays/mix-tracks.ts).
 */
export async function cutAudio(
  inputs: ClipInput[],
  durationMs: number,
  outputPath: string,
): Promise<void> {
  const length = seconds(durationMs);
  const filters = inputs.map(
    // No asetpts: after a seek, time 0 is the clip's start, and a silence there must stay.
    (input, index) =>
      `[${index}:a]aresample=48000:async=1:first_pts=0,aformat=channel_layouts=mono,` +
      `adelay=${Math.round(input.delayMs)}:all=1[a${index}]`,
  );
  const labels = inputs.map((_, index) => `[a${index}]`).join("");
  const mix =
    inputs.length === 1
      ? `${labels}alimiter=limit=0.95,apad=whole_dur=${length}[out]`
      : `${labels}amix=inputs=${inputs.length}:duration=longest:dropout_transition=0:normalize=0,` +
        `alimiter=limit=0.95,apad=whole_dur=${length}[out]`;
  await runFfmpeg([
    "-y",
    ...inputs.flatMap((input) => [
      "-ss",
      seconds(input.seekMs),
      "-t",
      seconds(durationMs - input.delayMs),
      "-i",
      input.filePath,
    ]),
    "-filter_complex",
    [...filters, mix].join(";"),
    "-map",
    "[out]",
    "-t",
    length,
    "-c:a",
    "libopus",
    "-b:a",
    "48k",
    "-ac",
    "1",
    "-f",
    "ogg",
    outputPath,
  ]);
}
