import { Room } from "@livekit/rtc-node";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { connectDroppable, type DroppingParticipant } from "../fixtures/dropping-participant";
import { startLivekitWithWebhooks } from "../fixtures/livekit-with-webhooks";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser, type TestUser } from "../fixtures/users";

// A room tells the truth about itself (docs/live-room.md, "When someone on stage drops"): its own
// livekit-server whose webhooks reach the app's real route, hosts that drop for real (their
// participant process killed), and the dropped-stage sweep every app instance runs.
const livekit = await startLivekitWithWebhooks();
const { db } = await import("@/server/db");
const { joinRoom } = await import("@/server/live/join-room");
const { findHallway } = await import("@/server/rooms/find-hallway");
const { searchEverything } = await import("@/server/search/search-everything");
const { sweepDroppedStages } = await import("@/server/live/sweep-dropped-stages");
const { grantStageRights } = await import("@/server/stage/grant-stage-rights");
const { recordStageBeat } = await import("@/server/live/stage-beat");
const { STAGE_BEAT_MS } = await import("@/lib/live/stage-beat");
const { STAGE_GRACE_MS } = await import("@/lib/live/stage-grace");
const { POST } = await import("@/app/api/livekit/webhook/route");
livekit.handleWith(POST);

const rooms: Room[] = [];
const dropping: DroppingParticipant[] = [];
afterEach(async () => {
  dropping.splice(0).forEach((participant) => participant.drop());
  await Promise.all(rooms.splice(0).map((room) => room.disconnect()));
});
afterAll(() => livekit.stop());

const people = async (count: number) => {
  const users = [];
  for (let i = 0; i < count; i++) users.push(await createTestUser(db));
  return users as [TestUser, TestUser, TestUser];
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a page on stage does while LiveKit holds it connected (components/room/stage-beat.tsx). */
function beatLikeThePage(roomId: string, userId: string) {
  void recordStageBeat({ roomId, userId });
  const timer = setInterval(() => void recordStageBeat({ roomId, userId }), STAGE_BEAT_MS);
  return () => clearInterval(timer);
}

/** Someone on stage in this process (leaves politely when told). */
async function connect(roomId: string, userId: string) {
  const joined = await joinRoom({ roomId, userId });
  const room = new Room();
  rooms.push(room);
  await room.connect(joined.serverUrl, joined.token, { autoSubscribe: false, dynacast: false });
  return room;
}

/** A host in a process of their own, publishing, whose connection the test can cut. */
async function droppableHost(roomId: string, userId: string) {
  const joined = await joinRoom({ roomId, userId });
  const host = await connectDroppable(joined.serverUrl, joined.token);
  dropping.push(host);
  await grantStageRights({ roomId, actorId: userId });
  await host.publish();
  return host;
}

/** Runs the sweep as every app instance does (every 2 s) until `done` holds; returns when. */
async function sweepUntil(done: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  for (;;) {
    if (Date.now() - last >= 2_000) {
      last = Date.now();
      await sweepDroppedStages();
    }
    if (await done()) return Date.now();
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await pause(100);
  }
}

async function roomState(roomId: string) {
  return db.room.findUniqueOrThrow({
    where: { id: roomId },
    select: {
      status: true,
      speakerCount: true,
      participants: { select: { userId: true, role: true, leftAt: true } },
    },
  });
}

const roleOf = async (roomId: string, userId: string) =>
  (await roomState(roomId)).participants.find((p) => p.userId === userId)?.role;

describe("a room tells the truth", () => {
  it(
    "a host whose connection drops hands the room over after the grace period",
    { timeout: 120_000 },
    async () => {
      const [nora, leo, ana] = await people(3);
      const { id: roomId } = await createLiveRoom(db, { hostId: nora.id });
      await db.roomParticipant.createMany({
        data: [
          { roomId, userId: leo.id, role: "SPEAKER" },
          { roomId, userId: ana.id, role: "MODERATOR" },
        ],
      });
      const host = await droppableHost(roomId, nora.id);
      await connect(roomId, leo.id);
      await connect(roomId, ana.id);
      await sweepUntil(async () => (await roomState(roomId)).speakerCount === 3, 10_000);

      const droppedAt = host.drop();
      // LiveKit says she left once it gives up on her connection (ICE: 10 + 5 s for a silent drop).
      const goneAt = await sweepUntil(async () => {
        const row = (await roomState(roomId)).participants.find((p) => p.userId === nora.id);
        return row?.leftAt != null;
      }, 40_000);
      // Within the grace she keeps her seat: the room is not handed over yet.
      expect(await roleOf(roomId, nora.id)).toBe("HOST");
      const handedAt = await sweepUntil(
        async () => (await roleOf(roomId, ana.id)) === "HOST",
        40_000,
      );
      const grace = handedAt - goneAt;
      console.info(
        `host dropped: LiveKit reported it after ${goneAt - droppedAt} ms, handed over ${grace} ms later, ${handedAt - droppedAt} ms in all`,
      );
      // The moderator takes the room (before the earlier-joined speaker), after the grace period.
      expect(grace).toBeGreaterThanOrEqual(STAGE_GRACE_MS - 1_000);
      expect(grace).toBeLessThan(STAGE_GRACE_MS + 4_000);
      const after = await roomState(roomId);
      expect(after.status).toBe("LIVE");
      expect(after.participants.find((p) => p.userId === nora.id)?.role).toBe("LISTENER");
      expect(after.participants.find((p) => p.userId === leo.id)?.role).toBe("SPEAKER");
      const logged = await db.moderationEvent.findFirst({
        where: { roomId, action: "HAND_OVER_HOST" },
      });
      expect(logged).toMatchObject({ actorId: nora.id, targetId: ana.id });
    },
  );

  it(
    "a host who comes back within the grace period keeps the room",
    { timeout: 120_000 },
    async () => {
      const [nora, leo] = await people(2);
      const { id: roomId } = await createLiveRoom(db, { hostId: nora.id });
      await db.roomParticipant.create({ data: { roomId, userId: leo.id, role: "SPEAKER" } });
      const first = await connect(roomId, nora.id);
      await connect(roomId, leo.id);
      await sweepUntil(async () => (await roomState(roomId)).speakerCount === 2, 10_000);
      await first.disconnect();
      await sweepUntil(async () => (await roomState(roomId)).speakerCount === 1, 5_000);
      await pause(STAGE_GRACE_MS / 2);
      await connect(roomId, nora.id);
      await sweepUntil(async () => (await roomState(roomId)).speakerCount === 2, 10_000);
      const until = Date.now() + STAGE_GRACE_MS;
      await sweepUntil(() => Promise.resolve(Date.now() > until), STAGE_GRACE_MS + 5_000);
      expect(await roleOf(roomId, nora.id)).toBe("HOST");
      expect(await roleOf(roomId, leo.id)).toBe("SPEAKER");
    },
  );

  it(
    "a room nobody can hear leaves the hallway within ten seconds",
    { timeout: 120_000 },
    async () => {
      const [nora, leo, viewer] = await people(3);
      const title = `Truth ${crypto.randomUUID().slice(0, 8)}`;
      const { id: roomId } = await createLiveRoom(db, { hostId: nora.id, title });
      await db.roomParticipant.create({ data: { roomId, userId: leo.id, role: "SPEAKER" } });
      const listed = async () =>
        (await findHallway({ viewerId: viewer.id })).live.find((room) => room.id === roomId);
      const found = async () =>
        (await searchEverything({ viewerId: viewer.id, query: title })).rooms.some(
          (room) => room.id === roomId && room.status === "LIVE",
        );

      const hostTab = await connect(roomId, nora.id);
      const speakerTab = await connect(roomId, leo.id);
      await sweepUntil(async () => (await listed())?.speakers.length === 2, 10_000);
      expect(await found()).toBe(true);

      // Someone who leaves is gone from every list within 2 s.
      const leftAt = Date.now();
      await speakerTab.disconnect();
      const goneAt = await sweepUntil(async () => (await listed())?.speakers.length === 1, 5_000);
      console.info(`a speaker who left was gone from the hallway in ${goneAt - leftAt} ms`);
      expect(goneAt - leftAt).toBeLessThan(2_000);

      // The host closes the tab (the page's leave on pagehide): nobody is on stage any more.
      const closedAt = Date.now();
      await hostTab.disconnect();
      const unlistedAt = await sweepUntil(
        async () => !(await listed()) && !(await found()),
        10_000,
      );
      console.info(
        `a room nobody can hear left the hallway and search in ${unlistedAt - closedAt} ms`,
      );
      expect(unlistedAt - closedAt).toBeLessThan(10_000);
      // The notification about it no longer offers it as live.
      const { toNotificationView, notificationViewSelect } =
        await import("@/server/notifications/notification-view");
      const notice = await db.notification.create({
        data: { userId: viewer.id, kind: "ROOM_STARTED", roomId, actorId: nora.id },
        select: notificationViewSelect,
      });
      expect(toNotificationView(notice).room?.live).toBe(false);

      // Nobody came back within the grace period: the room ends.
      const endedAt = await sweepUntil(
        async () => (await roomState(roomId)).status === "ENDED",
        STAGE_GRACE_MS + 10_000,
      );
      console.info(`the room ended ${endedAt - closedAt} ms after its host closed the tab`);
      expect(endedAt - closedAt).toBeGreaterThanOrEqual(STAGE_GRACE_MS - 1_000);
    },
  );
  it(
    "a stage whose network drops silently leaves the hallway before LiveKit notices, and comes back with it",
    { timeout: 120_000 },
    async () => {
      const [nora, leo, viewer] = await people(3);
      const { id: roomId } = await createLiveRoom(db, { hostId: nora.id });
      await db.roomParticipant.create({ data: { roomId, userId: leo.id, role: "SPEAKER" } });
      const listed = async () =>
        (await findHallway({ viewerId: viewer.id })).live.some((room) => room.id === roomId);

      // Leo's page on stage stays connected all along, but stops beating for a while, as a tab
      // whose network stalls without a goodbye would; Nora's connection is cut for good.
      await connect(roomId, leo.id);
      let stopLeo = beatLikeThePage(roomId, leo.id);
      const host = await droppableHost(roomId, nora.id);
      const stopNora = beatLikeThePage(roomId, nora.id);
      await sweepUntil(
        async () => (await roomState(roomId)).speakerCount === 2 && (await listed()),
        10_000,
      );

      const droppedAt = host.drop();
      stopNora();
      stopLeo();
      const unlistedAt = await sweepUntil(async () => !(await listed()), 15_000);
      // LiveKit still holds both of them present: only the silence told.
      const present = (await roomState(roomId)).participants.filter((p) => p.leftAt === null);
      console.info(
        `a stage gone silent left the hallway ${unlistedAt - droppedAt} ms after the drop, with ${present.length} people still present in LiveKit's word`,
      );
      expect(present.map((p) => p.userId).sort()).toEqual([nora.id, leo.id].sort());
      expect(unlistedAt - droppedAt).toBeLessThan(10_000);

      // Leo's network comes back before the grace runs out: the room is offered again, and stays.
      stopLeo = beatLikeThePage(roomId, leo.id);
      await sweepUntil(listed, 5_000);
      const until = Date.now() + STAGE_GRACE_MS;
      await sweepUntil(() => Promise.resolve(Date.now() > until), STAGE_GRACE_MS + 5_000);
      stopLeo();
      expect((await roomState(roomId)).status).toBe("LIVE");
      expect(await listed()).toBe(true);
    },
  );
});
