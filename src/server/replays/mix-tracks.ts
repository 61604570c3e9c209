import "server-only";
import { runFfmpeg } from "@/server/replays/ffmpeg";

export type MixInput = { filePath: string; offsetMs: number };

/**
 * Mixes speaker tracks onto one timeline, each delayed by when it started, into one mono
 * Ogg/Opus file. Inputs are summed, not averaged (amix would otherwise quieten every voice by the
 * number of tracks), with a limiter against the rare clip when several talk at once.
 */
export async function mixTracks(inputs: MixInput[], outputPath: string): Promise<void> {
  const filters = inputs.map(
    (input, index) =>
      // Gaps (Opus DTX sends nothing in silences) are filled, so the track keeps its own time.
      `[${index}:a]asetpts=PTS-STARTPTS,aresample=48000:async=1:first_pts=0,aformat=channel_layouts=mono,` +
      `adelay=${Math.max(0, Math.round(input.offsetMs))}:all=1[a${index}]`,
  );
  const labels = inputs.map((_, index) => `[a${index}]`).join("");
  const mix =
    inputs.length === 1
      ? `${labels}alimiter=limit=0.95[out]`
      : `${labels}amix=inputs=${inputs.length}:duration=longest:dropout_transition=0:normalize=0,alimiter=limit=0.95[out]`;
  await runFfmpeg([
    "-y",
    ...inputs.flatMap((input) => ["-i", input.filePath]),
    "-filter_complex",
    [...filters, mix].join(";"),
    "-map",
    "[out]",
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
