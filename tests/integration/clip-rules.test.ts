import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { DELETE as deleteClipRoute } from "@/app/api/clips/[clipId]/route";
import {
  POST as createClipRoute,
  PUT as clipSettingsRoute,
} from "@/app/api/rooms/[roomId]/clips/route";
import { createClip } from "@/server/clips/create-clip";
import { findClip } from "@/server/clips/find-clip";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { createSilentUser, replayStorageDir, seedReplay } from "../fixtures/replay-seed";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser } from "../fixtures/users";
import { fromTheApp } from "../support/api-request";

// Clips of a replay (a seeded mix: recording itself is tests/integration/clips.test.ts), the host's
// switch and deletions, and what is left on disk when a clip is refused at the last moment.

async function call(
  handler: typeof createClipRoute,
  method: "POST" | "PUT" | "DELETE",
  url: string,
  params: Record<string, string>,
  userId: string,
  body?: unknown,
) {
  return handler(
    new NextRequest(`http://127.0.0.1${url}`, {
      method,
      headers: fromTheApp({ cookie: await sessionCookie(userId) }),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
    { params: Promise.resolve(params) },
  );
}

const cut = (roomId: string, userId: string, body: unknown) =>
  call(createClipRoute, "POST", `/api/rooms/${roomId}/clips`, { roomId }, userId, body);
const setClips = (roomId: string, userId: string, enabled: boolean) =>
  call(clipSettingsRoute, "PUT", `/api/rooms/${roomId}/clips`, { roomId }, userId, { enabled });
const remove = (clipId: string, userId: string) =>
  call(deleteClipRoute, "DELETE", `/api/clips/${clipId}`, { clipId }, userId);

const clipFiles = (roomId: string) => {
  const dir = path.join(replayStorageDir(), "rooms", roomId, "clips");
  return existsSync(dir) ? readdirSync(dir) : [];
};

async function replayWithTwoSpeakers() {
  const host = await createTestUser(db);
  const [ann, ben] = await Promise.all([
    createSilentUser(db, "Ann Speaker"),
    createSilentUser(db, "Ben Speaker"),
  ]);
  const replay = await seedReplay(db, {
    hostId: host.id,
    title: "Clip rules",
    seconds: 80,
    timeline: [
      { userId: ann.id, startMs: 0, endMs: 20_000 },
      { userId: ben.id, startMs: 40_000, endMs: 70_000 },
    ],
  });
  return { host, ann, ben, roomId: replay.roomId };
}

describe("clip rules", () => {
  it("a replay clip is the chosen range, with who was heard in it", async () => {
    const { roomId, ben } = await replayWithTwoSpeakers();
    const listener = await createTestUser(db);
    const response = await cut(roomId, listener.id, {
      source: "REPLAY",
      startMs: 45_000,
      endMs: 75_000,
    });
    expect(response.status).toBe(200);
    const { clipId } = (await response.json()) as { clipId: string };
    const clip = await findClip({ clipId, viewerId: listener.id });
    expect(clip?.speakers.map((speaker) => speaker.id)).toEqual([ben.id]);
    expect(clip?.source).toBe("REPLAY");
    const stored = await db.clip.findUniqueOrThrow({ where: { id: clipId } });
    const room = await db.room.findUniqueOrThrow({ where: { id: roomId } });
    expect(stored.startsAt.getTime()).toBe((room.startedAt?.getTime() ?? 0) + 45_000);
    const probed = spawnSync("ffprobe", [
      ...["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0"],
      path.join(replayStorageDir(), stored.storageKey),
    ]);
    expect(Math.abs(Number(probed.stdout.toString()) - 30)).toBeLessThan(0.5);

    // Longer than a minute, or past the end, is refused before anything is cut.
    expect(
      (await cut(roomId, listener.id, { source: "REPLAY", startMs: 0, endMs: 61_000 })).status,
    ).toBe(422);
    expect(
      (await cut(roomId, listener.id, { source: "REPLAY", startMs: 70_000, endMs: 95_000 })).status,
    ).toBe(422);
    // A live clip of an ended room is not a thing.
    expect((await cut(roomId, listener.id, { source: "LIVE" })).status).toBe(409);
    expect(clipFiles(roomId)).toHaveLength(1);
  });

  it("the host turns clips off and deletes any clip of their room; its maker may delete it too", async () => {
    const { roomId, host } = await replayWithTwoSpeakers();
    const [maker, other] = await Promise.all([createTestUser(db), createTestUser(db)]);
    const range = { source: "REPLAY", startMs: 0, endMs: 10_000 };
    const first = (await (await cut(roomId, maker.id, range)).json()) as { clipId: string };
    const second = (await (await cut(roomId, maker.id, range)).json()) as { clipId: string };

    expect((await setClips(roomId, maker.id, false)).status).toBe(403);
    expect((await setClips(roomId, host.id, false)).status).toBe(200);
    const refused = await cut(roomId, other.id, range);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /turned clips off/,
    );

    expect((await remove(first.clipId, other.id)).status).toBe(403);
    expect((await remove(first.clipId, maker.id)).status).toBe(200);
    expect((await remove(second.clipId, host.id)).status).toBe(200);
    expect(await db.clip.count({ where: { roomId } })).toBe(0);
    expect(clipFiles(roomId)).toEqual([]);
    expect(await findClip({ clipId: second.clipId, viewerId: host.id })).toBeNull();
    expect((await remove(second.clipId, host.id)).status).toBe(404);
  });

  it("a clip refused at the last moment leaves no file behind", async () => {
    const { roomId } = await replayWithTwoSpeakers();
    const listener = await createTestUser(db);
    // The host's switch goes off while the clip is being cut: their update holds the room's row
    // until the clip's file is stored, then commits.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const switching = db.$transaction(
      async (tx) => {
        await tx.room.update({ where: { id: roomId }, data: { clipsEnabled: false } });
        await held;
      },
      { timeout: 30_000 },
    );
    const cutting = createClip({
      roomId,
      actorId: listener.id,
      input: { source: "REPLAY", startMs: 0, endMs: 10_000 },
    });
    const outcome = cutting.then(
      () => "stored",
      (error: unknown) => (error instanceof AppError ? error.messageKey : String(error)),
    );
    const deadline = Date.now() + 20_000;
    while (clipFiles(roomId).length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(clipFiles(roomId)).toHaveLength(1);
    release();
    await switching;
    expect(await outcome).toBe("clipsOff");
    expect(clipFiles(roomId)).toEqual([]);
    expect(await db.clip.count({ where: { roomId } })).toBe(0);
  });
});
