import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { getEnv } from "@/env";
import { db } from "@/server/db";
import { endRoom } from "@/server/live/end-room";
import { measureTrackLevels } from "@/server/replays/measure-track-levels";
import { mixTracks } from "@/server/replays/mix-tracks";
import { runReplayJobs } from "@/server/replays/run-replay-jobs";
import { POST as webhook } from "@/app/api/livekit/webhook/route";
import { serveWebhooks, speakTone } from "../../tests/fixtures/replays";
import { createLiveRoom } from "../../tests/fixtures/rooms";
import { createTestUser } from "../../tests/fixtures/users";
import { childrenCpuSeconds, sampleProcesses, type ProcessSample } from "./process-tree";

// What recording costs: one room, three speakers talking without pause (a continuous tone each,
// so Opus never goes quiet: the worst case for Egress), sampled from /proc once a second for
// RECORD_SECONDS; then mixing, timed per hour of a three-speaker room.

const RECORD_SECONDS = Number(process.env.RECORD_SECONDS ?? 120);
const MIX_MINUTES = Number(process.env.MIX_MINUTES ?? 10);
const EGRESS_BIN = process.env.EGRESS_BIN ?? "";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

function totals(samples: ProcessSample[]) {
  const handlers = samples.filter((sample) => sample.handler);
  const sum = (list: ProcessSample[], key: "cpuSeconds" | "rssMb") =>
    list.reduce((total, sample) => total + sample[key], 0);
  return {
    cpu: sum(samples, "cpuSeconds"),
    handlerCpu: sum(handlers, "cpuSeconds"),
    rss: sum(samples, "rssMb"),
    handlerRss: sum(handlers, "rssMb"),
    handlers: handlers.length,
  };
}

it("measures Egress recording one room with three speakers, and mixing", async () => {
  expect(EGRESS_BIN, "EGRESS_BIN names the egress binary").not.toBe("");
  const server = await serveWebhooks(Number(new URL(getEnv().APP_URL).port), (request) =>
    webhook(request),
  );
  try {
    const users = await Promise.all([0, 1, 2].map(() => createTestUser(db)));
    const [host, ...others] = users;
    if (!host) throw new Error("no host");
    const room = await createLiveRoom(db, { hostId: host.id });
    await db.room.update({ where: { id: room.id }, data: { recordReplay: true } });
    await db.roomParticipant.createMany({
      data: others.map((user) => ({ roomId: room.id, userId: user.id, role: "SPEAKER" as const })),
    });
    const idle = totals(sampleProcesses(EGRESS_BIN));
    const speakers = await Promise.all(
      users.map((user, index) => speakTone(room.id, user.id, [440, 660, 990][index] ?? 440)),
    );
    for (const speaker of speakers) speaker.setTone(true);
    const deadline = Date.now() + 60_000;
    while (totals(sampleProcesses(EGRESS_BIN)).handlers < 3) {
      if (Date.now() > deadline) throw new Error("three recordings did not start");
      await pause(250);
    }
    await pause(3_000); // past the handlers' start-up

    const first = totals(sampleProcesses(EGRESS_BIN));
    const startedAt = Date.now();
    let peakRss = first.rss;
    let peakHandlerRss = first.handlerRss;
    while (Date.now() - startedAt < RECORD_SECONDS * 1000) {
      await pause(1_000);
      const now = totals(sampleProcesses(EGRESS_BIN));
      peakRss = Math.max(peakRss, now.rss);
      peakHandlerRss = Math.max(peakHandlerRss, now.handlerRss);
    }
    const last = totals(sampleProcesses(EGRESS_BIN));
    const wall = (Date.now() - startedAt) / 1000;

    await endRoom({ roomId: room.id, actorId: host.id });
    await Promise.all(speakers.map((speaker) => speaker.stop()));
    const mixCpuBefore = childrenCpuSeconds();
    const mixStarted = Date.now();
    for (;;) {
      await runReplayJobs();
      const replay = await db.replay.findUnique({ where: { roomId: room.id } });
      if (replay && replay.status !== "PROCESSING") {
        expect(replay.status).toBe("READY");
        break;
      }
      await pause(500);
    }

    const recording = {
      recordedSeconds: round(wall),
      egressCpuPercentOfOneCore: round(((last.cpu - first.cpu) / wall) * 100),
      handlersCpuPercentOfOneCore: round(((last.handlerCpu - first.handlerCpu) / wall) * 100),
      idleEgressRssMb: round(idle.rss),
      peakRssMbEgressAndHandlers: round(peakRss),
      peakRssMbHandlers: round(peakHandlerRss),
      handlers: last.handlers,
      replayJobWallSeconds: round((Date.now() - mixStarted) / 1000),
      replayJobFfmpegCpuSeconds: round(childrenCpuSeconds() - mixCpuBefore),
    };
    console.log("recording", JSON.stringify(recording));

    // Mixing at length: three MIX_MINUTES tracks of continuous tone, as the job mixes them.
    const work = await mkdtemp(path.join(tmpdir(), "hearth-mix-bench-"));
    try {
      const files = await Promise.all(
        [440, 660, 990].map(async (hz, index) => {
          const file = path.join(work, `${index}.ogg`);
          await promisify(execFile)("ffmpeg", [
            ...["-v", "error", "-y", "-f", "lavfi"],
            ...["-i", `sine=frequency=${hz}:duration=${MIX_MINUTES * 60}`],
            ...["-c:a", "libopus", "-b:a", "32k", file],
          ]);
          return file;
        }),
      );
      const levelsCpu = childrenCpuSeconds();
      const levelsStarted = Date.now();
      for (const file of files) await measureTrackLevels(file);
      const levelsWall = (Date.now() - levelsStarted) / 1000;
      const mixCpu = childrenCpuSeconds();
      const mixStartedAt = Date.now();
      await mixTracks(
        files.map((filePath, index) => ({ filePath, offsetMs: index * 2_000 })),
        path.join(work, "replay.ogg"),
      );
      const mixWall = (Date.now() - mixStartedAt) / 1000;
      const perHour = 60 / MIX_MINUTES;
      const mixing = {
        tracks: 3,
        minutesEach: MIX_MINUTES,
        levelsCpuSeconds: round(mixCpu - levelsCpu),
        levelsWallSeconds: round(levelsWall),
        mixCpuSeconds: round(childrenCpuSeconds() - mixCpu),
        mixWallSeconds: round(mixWall),
        perHourOfThreeSpeakerRoomCpuSeconds: round((childrenCpuSeconds() - levelsCpu) * perHour),
        perHourOfThreeSpeakerRoomWallSeconds: round((levelsWall + mixWall) * perHour),
      };
      console.log("mixing", JSON.stringify(mixing));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
