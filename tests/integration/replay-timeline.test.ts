import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEnv } from "@/env";
import { db } from "@/server/db";
import { endRoom } from "@/server/live/end-room";
import { findReplay } from "@/server/replays/find-replay";
import { runReplayJobs } from "@/server/replays/run-replay-jobs";
import { POST as webhook } from "@/app/api/livekit/webhook/route";
import { serveWebhooks, speakTone, type ToneSpeaker } from "../fixtures/replays";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// The speaker timeline is computed from the recorded audio itself: real livekit-server, Redis and
// Egress record two rtc-node speakers who follow a script (in turns, together, a pause), and the
// replay job that production runs measures each track. Every segment must match the script.

let server: Server;
beforeAll(async () => {
  server = await serveWebhooks(Number(new URL(getEnv().APP_URL).port), (request) =>
    webhook(request),
  );
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
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

type Span = { userId: string; from: number; to: number };

describe("replay timeline", () => {
  it(
    "the replay timeline matches two speakers talking in turns and together",
    { timeout: 180_000 },
    async () => {
      const [nora, leo] = [await createTestUser(db), await createTestUser(db)];
      const room = await createLiveRoom(db, { hostId: nora.id });
      await db.room.update({ where: { id: room.id }, data: { recordReplay: true } });
      await db.roomParticipant.create({
        data: { roomId: room.id, userId: leo.id, role: "SPEAKER" },
      });
      const a = await speakTone(room.id, nora.id, 440);
      const b = await speakTone(room.id, leo.id, 660);
      await waitFor(
        async () =>
          (await db.trackRecording.count({
            where: { roomId: room.id, startedAt: { not: null } },
          })) === 2,
        30_000,
      );
      await pause(1_500);

      // The script, in seconds: Nora 0-4, Leo 4-12 (straight after her), both 8-12, Nora alone
      // to 14, a silence, Leo 16-19.
      const spans: Span[] = [];
      const open = new Map<ToneSpeaker, number>();
      const at = async (second: number, t0: number, changes: [ToneSpeaker, boolean][]) => {
        const wait = t0 + second * 1000 - Date.now();
        if (wait > 0) await pause(wait);
        for (const [speaker, on] of changes) {
          const when = speaker.setTone(on);
          if (on) open.set(speaker, when);
          else spans.push({ userId: speaker.userId, from: open.get(speaker) ?? when, to: when });
        }
      };
      const t0 = Date.now();
      await at(0, t0, [[a, true]]);
      await at(4, t0, [
        [a, false],
        [b, true],
      ]);
      await at(8, t0, [[a, true]]);
      await at(12, t0, [[b, false]]);
      await at(14, t0, [[a, false]]);
      await at(16, t0, [[b, true]]);
      await at(19, t0, [[b, false]]);
      await pause(2_000);
      await endRoom({ roomId: room.id, actorId: nora.id });
      await Promise.all([a.stop(), b.stop()]);

      const replay = await waitFor(async () => {
        await runReplayJobs();
        const row = await db.replay.findUnique({ where: { roomId: room.id } });
        return row && row.status !== "PROCESSING" ? row : null;
      }, 120_000);
      expect(replay.status).toBe("READY");

      // The replay's zero is its earliest recording's start, as the job places the tracks.
      const recordings = await db.trackRecording.findMany({ where: { roomId: room.id } });
      const zero = Math.min(...recordings.map((r) => (r.startedAt ?? r.createdAt).getTime()));
      const expected = spans
        .map((span) => ({ userId: span.userId, startMs: span.from - zero, endMs: span.to - zero }))
        .sort((x, y) => x.startMs - y.startMs || x.userId.localeCompare(y.userId));
      const view = await findReplay({ roomId: room.id, viewerId: nora.id });
      const timeline = view?.timeline ?? [];
      const show = (segments: { userId: string; startMs: number; endMs: number }[]) =>
        segments
          .map((s) => `${s.userId === nora.id ? "Nora" : "Leo"} ${s.startMs}-${s.endMs}`)
          .join(", ");
      console.info(`expected: ${show(expected)}\nreplay:   ${show(timeline)}`);

      expect(timeline).toHaveLength(expected.length);
      for (const [index, want] of expected.entries()) {
        const got = timeline[index];
        expect(got?.userId).toBe(want.userId);
        expect(Math.abs((got?.startMs ?? NaN) - want.startMs)).toBeLessThan(1_000);
        expect(Math.abs((got?.endMs ?? NaN) - want.endMs)).toBeLessThan(1_000);
      }
    },
  );
});
