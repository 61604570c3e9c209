import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Server } from "node:http";
import { NextRequest } from "next/server";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as webhook } from "@/app/api/livekit/webhook/route";
import { GET as clipAudio } from "@/app/api/clips/[clipId]/audio/route";
import { POST as clipsRoute } from "@/app/api/rooms/[roomId]/clips/route";
import { ClipView } from "@/components/clips/clip-view";
import { getEnv } from "@/env";
import { FORMATS } from "@/i18n/formats";
import { shareText } from "@/lib/sharing/share-text";
import { findClip } from "@/server/clips/find-clip";
import { db } from "@/server/db";
import { findClipShareCard } from "@/server/sharing/find-clip-share-card";
import { shareTranslators } from "@/server/sharing/share-translators";
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
import { renderWithIntl } from "../support/render-with-intl";

// Real livekit-server, Redis and Egress, as in replays.test.ts: LiveKit's webhooks reach the app's
// own route handler, so a recorded room's speakers are recorded by Egress while the test runs.

const FREQS = [440, 660, 990];
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

function probe(file: string) {
  const run = spawnSync("ffprobe", [
    "-v",
    "error",
    "-show_entries",
    "format=format_name,duration:stream=codec_type,codec_name",
    "-of",
    "json",
    file,
  ]);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout.toString()) as {
    format: { format_name: string; duration: string };
    streams: { codec_type: string; codec_name: string }[];
  };
}

async function audioOf(clipId: string, userId: string | null) {
  const headers: Record<string, string> = userId ? { cookie: await sessionCookie(userId) } : {};
  return clipAudio(new NextRequest(`http://127.0.0.1/api/clips/${clipId}/audio`, { headers }), {
    params: Promise.resolve({ clipId }),
  });
}

async function renderClipPage(clipId: string, viewerId: string) {
  const clip = await findClip({ clipId, viewerId });
  // The page's own view (src/app/clips/[clipId]/page.tsx renders it for whom findClip admits).
  return clip && renderWithIntl(createElement(ClipView, { clip, shareUrl: "http://x" }));
}

describe("clips", () => {
  it(
    "a clip of the last thirty seconds plays on its own page with the room's privacy",
    { timeout: 150_000 },
    async () => {
      // A closed room: its three speakers, a listener on its list, and an outsider.
      const people = await Promise.all(
        ["Ada Lovelace", "Bo Diddley", "Cy Twombly"].map((displayName) =>
          createTestUser(db, { displayName }),
        ),
      );
      const [host, ...others] = people as [TestUser, ...TestUser[]];
      const listener = await createTestUser(db);
      const outsider = await createTestUser(db);
      const room = await createLiveRoom(db, {
        hostId: host.id,
        visibility: "CLOSED",
        title: "Night shift radio",
      });
      await db.room.update({ where: { id: room.id }, data: { recordReplay: true } });
      await db.roomParticipant.createMany({
        data: others.map((user) => ({
          roomId: room.id,
          userId: user.id,
          role: "SPEAKER" as const,
        })),
      });
      await db.roomInvite.createMany({
        data: [...others, listener].map((user) => ({ roomId: room.id, userId: user.id })),
      });

      const speakers: ToneSpeaker[] = [];
      for (const [index, user] of people.entries()) {
        speakers.push(await speakTone(room.id, user.id, FREQS[index] ?? 440));
      }
      await waitFor(
        async () =>
          (await db.trackRecording.count({
            where: { roomId: room.id, startedAt: { not: null } },
          })) === 3,
        30_000,
      );
      // Each speaks in turn for 11 s, with a second together at each hand-over: 33 s in all.
      const [ada, bo, cy] = speakers as [ToneSpeaker, ToneSpeaker, ToneSpeaker];
      ada.setTone(true);
      await pause(10_000);
      const boStarted = bo.setTone(true);
      await pause(1_000);
      ada.setTone(false);
      await pause(10_000);
      const cyStarted = cy.setTone(true);
      await pause(1_000);
      bo.setTone(false);
      await pause(11_000);

      // The listener clips the last 30 s while the room is live.
      const began = performance.now();
      const response = await clipsRoute(
        new NextRequest(`http://127.0.0.1/api/rooms/${room.id}/clips`, {
          method: "POST",
          headers: fromTheApp({ cookie: await sessionCookie(listener.id) }),
          body: JSON.stringify({ source: "LIVE" }),
        }),
        { params: Promise.resolve({ roomId: room.id }) },
      );
      const cutMs = performance.now() - began;
      const clickedAt = Date.now();
      expect(response.status).toBe(200);
      const { clipId } = (await response.json()) as { clipId: string };
      console.log(`clip: 30 s from a 3-speaker room cut and stored in ${Math.round(cutMs)} ms`);
      // Leaving ends the recordings (no replay is needed here).
      await Promise.all(speakers.map((speaker) => speaker.stop()));

      // One playable file of about 30 s: Ogg, one Opus stream, every speaker's tone in it.
      const stored = await db.clip.findUniqueOrThrow({ where: { id: clipId } });
      const file = path.join(path.resolve(getEnv().REPLAY_STORAGE_DIR), stored.storageKey);
      const probed = probe(file);
      expect(probed.format.format_name).toBe("ogg");
      expect(probed.streams).toEqual([{ codec_type: "audio", codec_name: "opus" }]);
      expect(Math.abs(Number(probed.format.duration) - 30)).toBeLessThan(0.5);
      expect(Math.abs(stored.durationMs - 30_000)).toBeLessThan(500);
      // It ends at most a few seconds before the click (Egress writes a little behind).
      expect(clickedAt - (stored.startsAt.getTime() + stored.durationMs)).toBeLessThan(6_000);
      const levels = toneLevels(file, FREQS);
      const [adaHeard, boAt, cyAt] = FREQS.map((_, index) => onsetSeconds(levels, index));
      expect(adaHeard).not.toBeNull();
      // Bo and Cy start 11 s apart, and the clip keeps those 11 s (Egress's start stamps drift up
      // to ~1.25 s on this machine, docs/replays.md).
      expect(boAt).not.toBeNull();
      expect(cyAt).not.toBeNull();
      expect(Math.abs((cyAt ?? 0) - (boAt ?? 0) - (cyStarted - boStarted) / 1000)).toBeLessThan(
        1.5,
      );

      // Its page, for someone else the room admits: the title, the speakers in order, the time.
      const page = await renderClipPage(clipId, others[0]?.id ?? "");
      expect(page).toContain("Night shift radio");
      const names = ["Ada Lovelace", "Bo Diddley", "Cy Twombly"].map((name) => page?.indexOf(name));
      expect(names.every((at) => at !== undefined && at >= 0)).toBe(true);
      expect(names).toEqual([...names].sort((a = 0, b = 0) => a - b));
      const said = new Intl.DateTimeFormat("en", {
        ...FORMATS.dateTime.startTime,
        timeZone: "UTC",
      });
      expect(page).toContain(said.format(stored.startsAt));
      expect(page).toContain(`/api/clips/${clipId}/audio`);
      const heard = await audioOf(clipId, listener.id);
      expect(heard.status).toBe(200);
      expect(heard.headers.get("content-type")).toBe("audio/ogg");

      // Someone the closed room would refuse gets neither the page nor the file.
      expect(await renderClipPage(clipId, outsider.id)).toBeNull();
      expect((await audioOf(clipId, outsider.id)).status).toBe(404);
      expect((await audioOf(clipId, null)).status).toBe(401);
      // And a link preview names nothing of it.
      const card = await findClipShareCard({ clipId });
      expect(card.isPublic).toBe(false);
      const preview = shareText(card, await shareTranslators("en"));
      expect(JSON.stringify(preview)).not.toContain("Night shift");
    },
  );
});
