import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { homedir } from "node:os";
import path from "node:path";
import { DisconnectReason, Room, RoomEvent } from "@livekit/rtc-node";
import { AccessToken } from "livekit-server-sdk";
import { createHash } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// This file runs its own livekit-server whose webhooks reach a tiny HTTP server here that hands
// them to the app's real webhook route, as the deployed app would receive them. The app's modules
// are imported only after LIVEKIT_URL points at that server (the env is read once, on first use).

type Delivery = {
  event: string;
  participant: string | undefined;
  body: string;
  authorization: string;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => resolve(socket.end() && true));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`livekit-server did not listen on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** livekit-server v1.13.5: the one the test command found, else PATH, else the Go build. */
function livekitBinary(): string {
  const candidates = [process.env.LIVEKIT_SERVER_BIN, path.join(homedir(), "go/bin/server")];
  try {
    candidates.push(execFileSync("which", ["livekit-server"], { encoding: "utf8" }).trim());
  } catch {
    // not on PATH
  }
  try {
    const gopath = execFileSync("go", ["env", "GOPATH"], { encoding: "utf8" }).trim();
    candidates.push(path.join(gopath, "bin/server"));
  } catch {
    // no Go toolchain
  }
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error("livekit-server not found (set LIVEKIT_SERVER_BIN)");
  return found;
}

function livekitConfig(port: number, tcpPort: number, udpStart: number, webhookUrl: string) {
  return readFileSync(path.resolve(import.meta.dirname, "../../livekit.yaml"), "utf8")
    .replace(/^port: .*/m, `port: ${port}`)
    .replace(/tcp_port: .*/, `tcp_port: ${tcpPort}`)
    .replace(/port_range_start: .*/, `port_range_start: ${udpStart}`)
    .replace(/port_range_end: .*/, `port_range_end: ${udpStart + 99}`)
    .replace("http://127.0.0.1:3000/api/livekit/webhook", webhookUrl);
}

// Webhooks in, handed to the app's route handler (imported below, once the env is set).
const deliveries: Delivery[] = [];
const inFlight = new Set<Promise<void>>();
let handleWebhook: (request: Request) => Promise<Response> = () =>
  Promise.resolve(new Response("not ready", { status: 503 }));

async function deliver(body: string, authorization: string, res: http.ServerResponse) {
  const response = await handleWebhook(
    new Request("http://127.0.0.1/api/livekit/webhook", {
      method: "POST",
      headers: { "content-type": "application/webhook+json", authorization },
      body,
    }),
  );
  if (response.ok) {
    const parsed = JSON.parse(body) as { event?: string; participant?: { identity?: string } };
    const participant = parsed.participant?.identity;
    deliveries.push({ event: parsed.event ?? "", participant, body, authorization });
  }
  res.writeHead(response.status, { "content-type": "application/json" });
  res.end(await response.text());
}

const webhookServer = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const delivery = deliver(body, req.headers.authorization ?? "", res);
    inFlight.add(delivery);
    void delivery.finally(() => inFlight.delete(delivery));
  });
});
await new Promise<void>((resolve) => webhookServer.listen(0, "127.0.0.1", resolve));
const webhookAddress = webhookServer.address();
const webhookPort = typeof webhookAddress === "object" && webhookAddress ? webhookAddress.port : 0;
const webhookUrl = `http://127.0.0.1:${webhookPort}/api/livekit/webhook`;

const livekitPort = await freePort();
// Which livekit-server this file really starts: a stale binary on PATH must not pass for the pin.
const livekitVersion = execFileSync(livekitBinary(), ["--version"], { encoding: "utf8" }).trim();
const livekit: ChildProcess = spawn(
  livekitBinary(),
  [
    "--dev",
    "--bind",
    "127.0.0.1",
    "--config-body",
    livekitConfig(
      livekitPort,
      await freePort(),
      40_000 + Math.floor(Math.random() * 20_000),
      webhookUrl,
    ),
  ],
  { stdio: "ignore" },
);
await waitForPort(livekitPort, 30_000);
process.env.LIVEKIT_URL = `ws://127.0.0.1:${livekitPort}`;

const { db } = await import("@/server/db");
const { joinRoom } = await import("@/server/live/join-room");
const { roomService } = await import("@/server/livekit/room-service");
const { reconcileRoom } = await import("@/server/presence/reconcile-room");
const { POST } = await import("@/app/api/livekit/webhook/route");
handleWebhook = POST;

const connected: Room[] = [];
afterEach(async () => {
  await Promise.all(connected.splice(0).map((room) => room.disconnect()));
});
afterAll(async () => {
  // Stop LiveKit and let the webhooks already on their way finish before the database goes away.
  livekit.kill("SIGTERM");
  handleWebhook = () => Promise.resolve(new Response("closing", { status: 503 }));
  await Promise.allSettled([...inFlight]);
  webhookServer.closeAllConnections();
  await new Promise<void>((resolve) => webhookServer.close(() => resolve()));
});

async function connect(roomId: string, userId: string) {
  const joined = await joinRoom({ roomId, userId, displayName: "Someone" });
  const room = new Room();
  connected.push(room);
  await room.connect(joined.serverUrl, joined.token, { autoSubscribe: true, dynacast: false });
  return room;
}

async function waitFor<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function delivered(event: string, identity?: string) {
  return deliveries.filter((d) => d.event === event && (!identity || d.participant === identity));
}

async function presenceOf(roomId: string) {
  const room = await db.room.findUniqueOrThrow({
    where: { id: roomId },
    select: {
      status: true,
      listenerCount: true,
      speakerCount: true,
      participants: { select: { userId: true, leftAt: true }, orderBy: { userId: "asc" } },
    },
  });
  return {
    status: room.status,
    listeners: room.listenerCount,
    speakers: room.speakerCount,
    present: room.participants.filter((p) => p.leftAt === null).map((p) => p.userId),
  };
}

async function postWebhook(body: string, authorization: string) {
  const response = await POST(
    new Request("http://127.0.0.1/api/livekit/webhook", {
      method: "POST",
      headers: { "content-type": "application/webhook+json", authorization },
      body,
    }),
  );
  return response.status;
}

describe("presence", () => {
  it("runs against the pinned livekit-server v1.13.5", () => {
    expect(livekitVersion).toBe("livekit-server version 1.13.5");
  });

  it("presence follows LiveKit webhooks and ignores forged ones", { timeout: 60_000 }, async () => {
    const host = await createTestUser(db);
    const listener = await createTestUser(db);
    const { id: roomId } = await createLiveRoom(db, { hostId: host.id });
    const sorted = (ids: string[]) => [...ids].sort();

    await connect(roomId, host.id);
    const firstTab = await connect(roomId, listener.id);
    const joinedNow = await waitFor(
      () => presenceOf(roomId),
      (p) => p.listeners === 1 && p.speakers === 1,
    );
    expect(joinedNow.present).toEqual(sorted([host.id, listener.id]));

    // The listener leaves: LiveKit says so and the counts follow.
    await firstTab.disconnect();
    const afterLeave = await waitFor(
      () => presenceOf(roomId),
      (p) => p.listeners === 0,
    );
    expect(afterLeave).toMatchObject({ status: "LIVE", speakers: 1, present: [host.id] });
    const leftEvent = delivered("participant_left", listener.id)[0];
    expect(leftEvent).toBeDefined();

    // Back again, then a second tab of the same account replaces the first: still one listener.
    const secondTab = await connect(roomId, listener.id);
    const reasons: DisconnectReason[] = [];
    secondTab.on(RoomEvent.Disconnected, (reason) => reasons.push(reason));
    await waitFor(
      () => presenceOf(roomId),
      (p) => p.listeners === 1,
    );
    const leftBefore = delivered("participant_left", listener.id).length;
    await connect(roomId, listener.id);
    await waitFor(
      () => Promise.resolve(delivered("participant_left", listener.id).length),
      (count) => count > leftBefore,
    );
    expect(reasons).toContain(DisconnectReason.DUPLICATE_IDENTITY);
    expect(await presenceOf(roomId)).toMatchObject({ listeners: 1, speakers: 1 });

    // A retried (replayed) old "left" is applied once only, so it cannot undo the rejoin.
    expect(await postWebhook(leftEvent?.body ?? "", leftEvent?.authorization ?? "")).toBe(200);
    expect(await presenceOf(roomId)).toMatchObject({ listeners: 1, speakers: 1 });

    // Forged: a made-up "host left" with no valid signature, and one signed with the wrong secret.
    const forgedBody = (leftEvent?.body ?? "")
      .replaceAll(listener.id, host.id)
      .replace(/"id":\s*"[^"]+"/, '"id": "EV_forged"');
    expect(await postWebhook(forgedBody, "Bearer not-a-jwt")).toBe(401);
    expect(await postWebhook(forgedBody, "")).toBe(401);
    const wrongKey = new AccessToken("devkey", "not-the-secret-not-the-secret-123");
    wrongKey.sha256 = createHash("sha256").update(forgedBody).digest("base64");
    expect(await postWebhook(forgedBody, await wrongKey.toJwt())).toBe(401);
    expect(await presenceOf(roomId)).toMatchObject({ listeners: 1, speakers: 1 });
    expect((await presenceOf(roomId)).present).toContain(host.id);
    expect(await db.webhookEvent.count({ where: { id: "EV_forged" } })).toBe(0);

    // LiveKit closes the room (deleted, or empty past its timeout): the room ends, nobody is left.
    await roomService().deleteRoom(roomId);
    const finished = await waitFor(
      () => presenceOf(roomId),
      (p) => p.status === "ENDED",
    );
    expect(finished).toMatchObject({ listeners: 0, speakers: 0, present: [] });
    expect(delivered("room_finished").length).toBeGreaterThan(0);
  });

  it(
    "reconciliation repairs presence that lost webhooks left wrong",
    { timeout: 30_000 },
    async () => {
      const host = await createTestUser(db);
      const listener = await createTestUser(db);
      const ghost = await createTestUser(db);
      const { id: roomId } = await createLiveRoom(db, { hostId: host.id });
      await connect(roomId, host.id);
      await connect(roomId, listener.id);
      await waitFor(
        () => presenceOf(roomId),
        (p) => p.listeners === 1 && p.speakers === 1,
      );

      // As if "joined" for the listener was lost and a "left" never came for someone long gone.
      const longAgo = new Date(Date.now() - 10 * 60_000);
      await db.roomParticipant.update({
        where: { roomId_userId: { roomId, userId: listener.id } },
        data: { leftAt: new Date() },
      });
      await db.roomParticipant.create({
        data: { roomId, userId: ghost.id, role: "LISTENER", joinedAt: longAgo },
      });
      await db.room.update({ where: { id: roomId }, data: { listenerCount: 7, speakerCount: 0 } });

      const repaired = await reconcileRoom({ roomId });
      expect(repaired).toMatchObject({ present: 2, markedLeft: 1, markedBack: 1, ended: false });
      const after = await presenceOf(roomId);
      expect(after).toMatchObject({ status: "LIVE", listeners: 1, speakers: 1 });
      expect(after.present).toEqual([host.id, listener.id].sort());

      // A live room LiveKit no longer has, idle past the empty timeout, is ended by reconciliation.
      const { id: abandoned } = await createLiveRoom(db, { hostId: host.id });
      await db.room.update({ where: { id: abandoned }, data: { startedAt: longAgo } });
      await db.roomParticipant.updateMany({
        where: { roomId: abandoned },
        data: { joinedAt: longAgo },
      });
      expect(await reconcileRoom({ roomId: abandoned })).toMatchObject({ ended: true });
      expect((await presenceOf(abandoned)).status).toBe("ENDED");
    },
  );

  it(
    "a removed member replaying an old token is shown out again",
    { timeout: 30_000 },
    async () => {
      const host = await createTestUser(db);
      const removed = await createTestUser(db);
      const { id: roomId } = await createLiveRoom(db, { hostId: host.id });
      await connect(roomId, host.id);
      const oldToken = await joinRoom({ roomId, userId: removed.id, displayName: "Removed" });
      await db.roomParticipant.update({
        where: { roomId_userId: { roomId, userId: removed.id } },
        data: { bannedAt: new Date(), bannedById: host.id, leftAt: new Date() },
      });

      const replay = new Room();
      connected.push(replay);
      const reasons: DisconnectReason[] = [];
      replay.on(RoomEvent.Disconnected, (reason) => reasons.push(reason));
      await replay.connect(oldToken.serverUrl, oldToken.token, {
        autoSubscribe: true,
        dynacast: false,
      });
      await waitFor(
        () => Promise.resolve(reasons),
        (seen) => seen.includes(DisconnectReason.PARTICIPANT_REMOVED),
      );
      const presence = await presenceOf(roomId);
      expect(presence.present).toEqual([host.id]);
      expect(presence.listeners).toBe(0);
    },
  );
});
