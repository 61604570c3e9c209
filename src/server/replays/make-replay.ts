import "server-only";
import { copyFile, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { speakerTimeline, type TrackLevels } from "@/lib/replays/speaker-timeline";
import { db } from "@/server/db";
import { measureTrackLevels } from "@/server/replays/measure-track-levels";
import { mixTracks, type MixInput } from "@/server/replays/mix-tracks";
import { replayStorage, storageKeys } from "@/server/replays/replay-storage";

export type MakeReplayOptions = { roomId: string };

export type MakeReplayOutcome = "ready" | "empty" | "waiting";

/** How long after the room ends a still-running egress is waited for before mixing without it. */
const ACTIVE_GRACE_MS = 90_000;

/**
 * Mixes a room's speaker files into its replay and derives the speaker timeline. Idempotent: the
 * output goes to a fixed key (a retry overwrites it) and the row only moves from PROCESSING.
 */
export async function makeReplay({ roomId }: MakeReplayOptions): Promise<MakeReplayOutcome> {
  const room = await db.room.findUniqueOrThrow({
    where: { id: roomId },
    select: {
      endedAt: true,
      recordings: {
        select: { userId: true, storageKey: true, status: true, startedAt: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const stillRecording = room.recordings.some((recording) => recording.status === "ACTIVE");
  const endedAgo = Date.now() - (room.endedAt ?? new Date()).getTime();
  if (stillRecording && endedAgo < ACTIVE_GRACE_MS) return "waiting";

  const storage = replayStorage();
  const usable: { userId: string; storageKey: string; startedAt: Date }[] = [];
  for (const recording of room.recordings) {
    // A failed egress (Egress crashed mid-room) still leaves the audio it wrote before failing.
    if (((await storage.size(recording.storageKey)) ?? 0) === 0) continue;
    usable.push({ ...recording, startedAt: recording.startedAt ?? recording.createdAt });
  }
  if (usable.length === 0) {
    await db.replay.updateMany({
      where: { roomId, status: "PROCESSING" },
      data: { status: "EMPTY", lockedUntil: null, readyAt: new Date() },
    });
    return "empty";
  }

  const zero = Math.min(...usable.map((track) => track.startedAt.getTime()));
  const work = await mkdtemp(path.join(tmpdir(), "hearth-replay-"));
  try {
    const levels: TrackLevels[] = [];
    const inputs: MixInput[] = [];
    let durationMs = 0;
    // Tracks are opened one at a time so S3-backed storage holds one download at once per step.
    for (const track of usable) {
      const offsetMs = track.startedAt.getTime() - zero;
      const local = path.join(work, `${inputs.length}.ogg`);
      const measured = await storage.withLocalCopy(track.storageKey, async (filePath) => {
        // A private copy, so a file Egress is still finishing cannot change under ffmpeg.
        await copyFile(filePath, local);
        return measureTrackLevels(local);
      });
      if (measured.durationMs === 0) continue;
      durationMs = Math.max(durationMs, offsetMs + measured.durationMs);
      levels.push({ userId: track.userId, offsetMs, ...measured });
      inputs.push({ filePath: local, offsetMs });
    }
    if (inputs.length === 0) throw new Error("no decodable track among the recorded files");

    const output = path.join(work, "replay.ogg");
    await mixTracks(inputs, output);
    const key = storageKeys.replay(roomId);
    await storage.put(key, output);
    const ready = await db.replay.updateMany({
      where: { roomId, status: "PROCESSING" },
      data: {
        status: "READY",
        storageKey: key,
        durationMs,
        sizeBytes: (await stat(output)).size,
        timeline: speakerTimeline(levels),
        lockedUntil: null,
        lastError: null,
        readyAt: new Date(),
      },
    });
    // Deleted while it was being mixed: the deletion wins, so the new file goes too.
    if (ready.count === 0) await storage.remove([key]);
    return "ready";
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
