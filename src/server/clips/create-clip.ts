import "server-only";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseTimeline } from "@/lib/replays/replay-timeline";
import type { CreateClipInput } from "@/lib/validations/clips";
import { cutLiveClip, type CutClip } from "@/server/clips/cut-live-clip";
import { cutReplayClip } from "@/server/clips/cut-replay-clip";
import { liveClipsSupported } from "@/server/clips/live-clips-supported";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { replayStorage, storageKeys } from "@/server/replays/replay-storage";
import { notBannedFrom, roomsVisibleTo } from "@/server/rooms/room-access";

export type CreateClipOptions = { roomId: string; actorId: string; input: CreateClipInput };

const CLIPS_PER_HOUR = 20;

/**
 * Cuts a clip of a room the actor may enter, answered when the file is stored: a 30 s clip takes
 * well under a second of ffmpeg (docs/clips.md), so it runs on the request. The file is written
 * first and the row second, inside a transaction that re-reads the host's switch under a row lock;
 * if that fails, the file goes.
 */
export async function createClip({
  roomId,
  actorId,
  input,
}: CreateClipOptions): Promise<{ clipId: string }> {
  const room = await db.room.findFirst({
    where: { id: roomId, AND: [roomsVisibleTo(actorId), notBannedFrom(actorId)] },
    select: {
      status: true,
      recordReplay: true,
      clipsEnabled: true,
      startedAt: true,
      replay: { select: { status: true, storageKey: true, durationMs: true, timeline: true } },
      recordings: {
        where: { startedAt: { not: null } },
        select: { userId: true, storageKey: true, startedAt: true },
      },
    },
  });
  if (!room) {
    throw new AppError("NOT_FOUND", {
      message: `clip refused: ${roomId} not visible to ${actorId}`,
      key: "clipNotAccessible",
    });
  }
  if (!room.recordReplay) {
    throw new AppError("CONFLICT", {
      message: `clip: ${roomId} not recorded`,
      key: "clipNeedsRecording",
    });
  }
  if (!room.clipsEnabled)
    throw new AppError("CONFLICT", { message: `clip: ${roomId} off`, key: "clipsOff" });
  await consumeRateLimit({
    key: `clips:${actorId}`,
    limit: CLIPS_PER_HOUR,
    windowMs: 60 * 60_000,
    messageKey: "clipsTooFast",
  });

  const recordings = room.recordings.flatMap(({ startedAt, ...track }) =>
    startedAt ? [{ ...track, startedAt }] : [],
  );
  const work = await mkdtemp(path.join(tmpdir(), "hearth-clip-"));
  const outputPath = path.join(work, "clip.ogg");
  try {
    let cut: CutClip;
    if (input.source === "LIVE") {
      if (room.status !== "LIVE") {
        throw new AppError("CONFLICT", {
          message: `live clip: ${roomId} not live`,
          key: "clipNeedsReplay",
        });
      }
      if (!liveClipsSupported()) {
        throw new AppError("CONFLICT", { message: "live clip on S3", key: "liveClipsNeedFiles" });
      }
      cut = await cutLiveClip({ tracks: recordings, now: Date.now(), outputPath });
    } else {
      const replay = room.replay;
      if (replay?.status !== "READY" || !replay.storageKey || replay.durationMs === null) {
        throw new AppError("CONFLICT", {
          message: `clip: ${roomId} has no replay`,
          key: "clipNeedsReplay",
        });
      }
      if (input.endMs > replay.durationMs + 1_000) {
        throw new AppError("UNPROCESSABLE", {
          message: `clip: ${input.endMs} past ${replay.durationMs}`,
          key: "clipOutOfRange",
          field: "endMs",
        });
      }
      const starts = recordings.map((track) => track.startedAt.getTime());
      const zero = new Date(
        starts.length > 0 ? Math.min(...starts) : (room.startedAt ?? new Date()).getTime(),
      );
      cut = await cutReplayClip({
        replay: { storageKey: replay.storageKey, timeline: parseTimeline(replay.timeline) },
        zero,
        startMs: input.startMs,
        endMs: Math.min(input.endMs, replay.durationMs),
        outputPath,
      });
    }
    return { clipId: await storeClip({ roomId, actorId, source: input.source, cut, outputPath }) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

type StoreClipOptions = {
  roomId: string;
  actorId: string;
  source: CreateClipInput["source"];
  cut: CutClip;
  outputPath: string;
};

async function storeClip({ roomId, actorId, source, cut, outputPath }: StoreClipOptions) {
  const clipId = randomUUID();
  const storageKey = storageKeys.clip(roomId, clipId);
  const storage = replayStorage();
  // Copy-then-rename (or one PUT): nobody ever reads half a clip.
  await storage.put(storageKey, outputPath);
  try {
    await db.$transaction(async (tx) => {
      // The host's switch, read under the lock their update takes: turned off meanwhile, no clip.
      const [open] = await tx.$queryRaw<{ id: string }[]>`
        SELECT id::text FROM "Room" WHERE id = ${roomId}::uuid AND "clipsEnabled" FOR SHARE`;
      if (!open)
        throw new AppError("CONFLICT", { message: `clip: ${roomId} off`, key: "clipsOff" });
      await tx.clip.create({
        data: {
          id: clipId,
          roomId,
          createdById: actorId,
          source,
          startsAt: cut.startsAt,
          durationMs: Math.round(cut.durationMs),
          speakerIds: cut.speakerIds,
          storageKey,
          sizeBytes: (await stat(outputPath)).size,
        },
      });
    });
  } catch (error) {
    await storage.remove([storageKey]);
    throw error;
  }
  return clipId;
}
