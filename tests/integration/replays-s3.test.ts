import type { Server } from "node:http";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { AwsClient } from "aws4fetch";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getEnv } from "@/env";
import { db } from "@/server/db";
import { endRoom } from "@/server/live/end-room";
import { replayStorage, storageKeys } from "@/server/replays/replay-storage";
import { runReplayJobs } from "@/server/replays/run-replay-jobs";
import { POST as webhook } from "@/app/api/livekit/webhook/route";
import { DELETE as deleteReplayRoute } from "@/app/api/replays/[roomId]/route";
import { GET as replayAudio } from "@/app/api/replays/[roomId]/audio/route";
import {
  onsetSeconds,
  serveWebhooks,
  speakTone,
  toneLevels,
  type ToneSpeaker,
} from "../fixtures/replays";
import { createLiveRoom } from "../fixtures/rooms";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser, type TestUser } from "../fixtures/users";
import { fromTheApp } from "../support/api-request";

// The S3 replay backend against a real S3-compatible server (versitygw, started by scripts/test.sh:
// start_s3_server), with real livekit-server, Redis and Egress: Egress uploads each speaker's track
// to the bucket itself, the app mixes from it, serves the mix by range and deletes it.

// Before any module reads the configuration: this file's app uses a fresh bucket of its own.
const s3 = vi.hoisted(() => {
  const endpoint = process.env.TEST_S3_ENDPOINT;
  const accessKeyId = process.env.TEST_S3_ACCESS_KEY_ID;
  const secretAccessKey = process.env.TEST_S3_SECRET_ACCESS_KEY;
  const region = process.env.TEST_S3_REGION ?? "us-east-1";
  if (!endpoint || !accessKeyId || !secretAccessKey) {
    throw new Error(
      "TEST_S3_ENDPOINT, TEST_S3_ACCESS_KEY_ID and TEST_S3_SECRET_ACCESS_KEY are unset: " +
        "scripts/test.sh starts the S3 server (start_s3_server in scripts/lib/common.sh)",
    );
  }
  const bucket = `hearth-replays-${globalThis.crypto.randomUUID().slice(0, 8)}`;
  Object.assign(process.env, {
    REPLAY_S3_BUCKET: bucket,
    REPLAY_S3_ENDPOINT: endpoint,
    REPLAY_S3_REGION: region,
    REPLAY_S3_ACCESS_KEY_ID: accessKeyId,
    REPLAY_S3_SECRET_ACCESS_KEY: secretAccessKey,
    REPLAY_S3_FORCE_PATH_STYLE: "true",
  });
  return { endpoint, bucket, accessKeyId, secretAccessKey, region };
});

/** The test's own view of the bucket, signed apart from the app's storage. */
const bucketClient = new AwsClient({
  accessKeyId: s3.accessKeyId,
  secretAccessKey: s3.secretAccessKey,
  region: s3.region,
  service: "s3",
  retries: 0,
});
const bucketUrl = `${s3.endpoint.replace(/\/$/, "")}/${s3.bucket}`;

async function listKeys(prefix: string): Promise<string[]> {
  const response = await bucketClient.fetch(
    `${bucketUrl}?list-type=2&prefix=${encodeURIComponent(prefix)}`,
  );
  const body = await response.text();
  expect(response.status, body).toBe(200);
  return [...body.matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) => match[1] ?? "");
}

const FREQS = [440, 660, 990];
let server: Server | undefined;

beforeAll(async () => {
  const created = await bucketClient.fetch(bucketUrl, { method: "PUT" });
  expect(created.status, await created.text()).toBe(200);
  server = await serveWebhooks(Number(new URL(getEnv().APP_URL).port), (request) =>
    webhook(request),
  );
});
afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  // Empty by now when the test passed; the server's data folder goes with the test run anyway.
  await bucketClient.fetch(bucketUrl, { method: "DELETE" });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await pause(250);
  }
}

async function audioRequest(roomId: string, userId: string, range?: string) {
  const headers: Record<string, string> = { cookie: await sessionCookie(userId) };
  if (range) headers.range = range;
  return replayAudio(new NextRequest(`http://127.0.0.1/api/replays/${roomId}/audio`, { headers }), {
    params: Promise.resolve({ roomId }),
  });
}

describe("replays on S3", () => {
  it(
    "replays record, play back by range and delete on an S3-compatible server",
    { timeout: 180_000 },
    async () => {
      // The app really is on the S3 backend, not the directory.
      expect(replayStorage().constructor.name).toBe("S3Storage");

      const users = await Promise.all(FREQS.map(() => createTestUser(db)));
      const [host, ...others] = users as [TestUser, ...TestUser[]];
      const { id: roomId } = await createLiveRoom(db, { hostId: host.id });
      await db.room.update({ where: { id: roomId }, data: { recordReplay: true } });
      await db.roomParticipant.createMany({
        data: others.map((user) => ({ roomId, userId: user.id, role: "SPEAKER" as const })),
      });

      const speakers: ToneSpeaker[] = [];
      for (const [index, user] of users.entries()) {
        speakers.push(await speakTone(roomId, user.id, FREQS[index] ?? 440));
      }
      await waitFor(
        async () =>
          (await db.trackRecording.count({ where: { roomId, startedAt: { not: null } } })) === 3,
        30_000,
      );
      await pause(1_000);
      for (const speaker of speakers) {
        speaker.setTone(true);
        await pause(2_000);
      }
      await pause(2_000);
      await endRoom({ roomId, actorId: host.id });
      await Promise.all(speakers.map((speaker) => speaker.stop()));

      // Egress uploaded every speaker's track to the bucket under the key the app chose.
      const recordings = await db.trackRecording.findMany({ where: { roomId } });
      const replay = await waitFor(async () => {
        await runReplayJobs();
        const row = await db.replay.findUnique({ where: { roomId } });
        return row && row.status !== "PROCESSING" ? row : null;
      }, 120_000);
      expect(replay.status).toBe("READY");
      const replayKey = storageKeys.replay(roomId);
      expect(replay.storageKey).toBe(replayKey);
      const stored = await listKeys(`rooms/${roomId}/`);
      expect(stored.sort()).toEqual(
        [replayKey, ...recordings.map((recording) => recording.storageKey)].sort(),
      );

      // Played back through the app's route: whole, then by range, as a player seeks.
      const whole = await audioRequest(roomId, others[0]?.id ?? host.id);
      expect(whole.status).toBe(200);
      expect(whole.headers.get("accept-ranges")).toBe("bytes");
      const bytes = new Uint8Array(await whole.arrayBuffer());
      const size = bytes.byteLength;
      expect(Number(whole.headers.get("content-length"))).toBe(size);
      expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe("OggS");

      const ranged = await audioRequest(roomId, others[1]?.id ?? host.id, "bytes=100-1099");
      expect(ranged.status).toBe(206);
      expect(ranged.headers.get("content-range")).toBe(`bytes 100-1099/${size}`);
      expect(new Uint8Array(await ranged.arrayBuffer())).toEqual(bytes.slice(100, 1100));

      const tail = await audioRequest(roomId, host.id, "bytes=-500");
      expect(tail.status).toBe(206);
      expect(tail.headers.get("content-range")).toBe(`bytes ${size - 500}-${size - 1}/${size}`);
      expect(new Uint8Array(await tail.arrayBuffer())).toEqual(bytes.slice(size - 500));

      const beyond = await audioRequest(roomId, host.id, `bytes=${size}-`);
      expect(beyond.status).toBe(416);

      // What was served is the mix of all three speakers.
      const dir = await mkdtemp(path.join(tmpdir(), "hearth-s3-test-"));
      try {
        const file = path.join(dir, "replay.ogg");
        await writeFile(file, bytes);
        const levels = toneLevels(file, FREQS);
        for (const index of FREQS.keys()) expect(onsetSeconds(levels, index)).not.toBeNull();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }

      // The host deletes it: every object under the room is gone from the bucket.
      const deleted = await deleteReplayRoute(
        new NextRequest(`http://127.0.0.1/api/replays/${roomId}`, {
          method: "DELETE",
          headers: fromTheApp({ cookie: await sessionCookie(host.id) }),
        }),
        { params: Promise.resolve({ roomId }) },
      );
      expect(deleted.status).toBe(200);
      expect(await listKeys(`rooms/${roomId}/`)).toEqual([]);
      expect((await audioRequest(roomId, host.id)).status).toBe(404);
      const head = await bucketClient.fetch(`${bucketUrl}/${replayKey}`, { method: "HEAD" });
      expect(head.status).toBe(404);
    },
  );
});
