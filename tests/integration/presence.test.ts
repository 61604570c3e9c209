import { createHash } from "node:crypto";
import { DisconnectReason, Room, RoomEvent } from "@livekit/rtc-node";
import { AccessToken } from "livekit-server-sdk";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startLivekitWithWebhooks } from "../fixtures/livekit-with-webhooks";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// This file runs its own livekit-server whose webhooks reach the app's real webhook route, as the
// deployed app would receive them. The app's modules are imported only after LIVEKIT_URL points at
// that server (the env is read once, on first use).
const livekit = await startLivekitWithWebhooks();
const { db } = await import("@/server/db");
const { joinRoom } = await import("@/server/live/join-room");
const { roomService } = await import("@/server/livekit/room-service");
const { reconcileRoom } = await import("@/server/presence/reconcile-room");
const { POST } = await import("@/app/api/livekit/webhook/route");
livekit.handleWith(POST);

const connected: Room[] = [];
afterEach(async () => {
  await Promise.all(connected.splice(0).map((room) => room.disconnect()));
});
afterAll(() => livekit.stop());

async function connect(roomId: string, userId: string) {
  const joined = await joinRoom({ roomId, userId });
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
  return livekit.deliveries.filter(
    (d) => d.event === event && (!identity || d.participant === identity),
  );
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
    expect(livekit.version).toBe("livekit-server version 1.13.5");
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
      const oldToken = await joinRoom({ roomId, userId: removed.id });
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
      // The removal can reach the client before the webhook's recount commits (a loaded machine
      // widens that gap): the room must settle on the host alone, with no listener counted.
      const presence = await waitFor(
        () => presenceOf(roomId),
        (seen) => seen.listeners === 0,
      );
      expect(presence.present).toEqual([host.id]);
      expect(presence.listeners).toBe(0);
    },
  );
});
