import {
  AudioSource,
  DisconnectReason,
  LocalAudioTrack,
  Room,
  RoomEvent,
  TrackPublishOptions,
  TrackSource,
} from "@livekit/rtc-node";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { GET as openStream } from "@/app/api/notifications/stream/route";
import { getEnv } from "@/env";
import type { RoomTopic } from "@/generated/prisma/enums";
import { matchRoomName } from "@/lib/match/match-api";
import { sessionCookieName } from "@/server/auth/session-token";
import { signOutEverywhere } from "@/server/auth/sign-out-everywhere";
import { db } from "@/server/db";
import { followUser } from "@/server/follows/follow-user";
import { joinRoom } from "@/server/live/join-room";
import { roomService } from "@/server/livekit/room-service";
import { findMatch } from "@/server/match/find-match";
import { getMatchStatus } from "@/server/match/get-match-status";
import { joinMatch } from "@/server/match/join-match";
import { optInToMatch } from "@/server/match/opt-in-to-match";
import { MAX_STREAMS_PER_SESSION } from "@/server/notifications/notification-hub";
import { blockUser } from "@/server/users/block-user";
import { changePassword } from "@/server/users/change-password";
import { setAccountDisabled } from "@/server/users/set-account-disabled";
import { createLiveRoom } from "../fixtures/rooms";
import { serverEvents, type ServerEvent } from "../fixtures/server-events";
import { createTestUser, type TestUser } from "../fixtures/users";

// Issue 31, "revocation reaches every channel": ending an account's sessions (password change,
// sign out everywhere, disabling) or blocking someone must end what is already open, not only
// refuse what comes next: notification streams, voice-match calls and live-room connections.
// Streams are closed by the announcement on the notification channel (LISTEN/NOTIFY), the path
// every app instance hears, not by a call inside the process that served the change.

const connected: Room[] = [];
afterEach(async () => {
  await Promise.all(connected.splice(0).map((room) => room.disconnect()));
});

/** A session cookie as signing in sets it, with its own sign-in id. */
async function signedIn(userId: string, sessionVersion = 0): Promise<string> {
  const token = await encode({
    token: {
      sub: userId,
      sessionVersion,
      signedInAt: Math.floor(Date.now() / 1000),
      sessionId: randomUUID(),
    },
    secret: getEnv().AUTH_SECRET,
  });
  return `${sessionCookieName()}=${token}`;
}

async function streamRequest(cookie: string, signal?: AbortSignal) {
  const request = new NextRequest("http://127.0.0.1/api/notifications/stream", {
    headers: { cookie },
    ...(signal ? { signal } : {}),
  });
  return openStream(request, { params: Promise.resolve({}) });
}

type Tab = { next: () => Promise<ServerEvent>; close: () => void };
const tabs: Tab[] = [];
afterEach(() => {
  for (const tab of tabs.splice(0)) tab.close();
});

/** A tab's notification stream, past its first event (the unread count). */
async function openTab(cookie: string): Promise<Tab> {
  const abort = new AbortController();
  const response = await streamRequest(cookie, abort.signal);
  expect(response.status).toBe(200);
  if (!response.body) throw new Error("the stream has no body");
  const tab = { next: serverEvents(response.body), close: () => abort.abort() };
  tabs.push(tab);
  expect(await tab.next()).toMatchObject({ event: "unread" });
  return tab;
}

/** Rejects when nothing comes within the time, so a stream that stays open fails fast. */
function within<T>(promise: Promise<T>, ms = 5_000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms),
    ),
  ]);
}

async function expectEnded(tab: Tab, reason: "signed-out" | "superseded") {
  expect(await within(tab.next())).toEqual({ event: "closed", data: { reason } });
  await expect(within(tab.next())).rejects.toThrow("the event stream ended");
}

async function expectStillOpen(tab: Tab, from: TestUser) {
  expect(await within(tab.next())).toMatchObject({
    event: "notification",
    data: { kind: "NEW_FOLLOWER", actor: { username: from.username } },
  });
}

async function newPassword(user: TestUser): Promise<string> {
  const password = `${randomUUID()}-new`;
  await changePassword({
    actorId: user.id,
    input: { currentPassword: user.password, newPassword: password, confirmPassword: password },
  });
  return password;
}

async function optedIn(topics: RoomTopic[]) {
  const user = await createTestUser(db);
  await optInToMatch({ userId: user.id, input: { adult: true, topics } });
  return user;
}

async function connectWith(serverUrl: string, token: string) {
  const room = new Room();
  connected.push(room);
  const reasons: DisconnectReason[] = [];
  room.on(RoomEvent.Disconnected, (reason) => reasons.push(reason));
  await room.connect(serverUrl, token, { autoSubscribe: true, dynacast: false });
  return { room, reasons };
}

/** Both people of a fresh match in its call, speaking. */
async function callInProgress(topic: RoomTopic) {
  const [first, second] = [await optedIn([topic]), await optedIn([topic])];
  await findMatch({ userId: first.id });
  const found = await findMatch({ userId: second.id });
  if (!found) throw new Error("expected a match");
  const calls = await Promise.all(
    [first, second].map(async (person) => {
      const { serverUrl, token } = await joinMatch({ matchId: found.matchId, userId: person.id });
      const call = await connectWith(serverUrl, token);
      await call.room.localParticipant?.publishTrack(
        LocalAudioTrack.createAudioTrack("mic", new AudioSource(48_000, 1)),
        new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }),
      );
      return call;
    }),
  );
  const roomName = matchRoomName(found.matchId);
  await expect.poll(async () => (await roomService().listParticipants(roomName)).length).toBe(2);
  return { first, second, matchId: found.matchId, roomName, calls };
}

async function expectCallEnded(call: Awaited<ReturnType<typeof callInProgress>>) {
  await expect
    .poll(() => call.calls.every(({ room }) => !room.isConnected), { timeout: 5_000 })
    .toBe(true);
  expect(await roomService().listRooms([call.roomName])).toHaveLength(0);
  const match = await db.match.findUniqueOrThrow({
    where: { id: call.matchId },
    select: { endedAt: true, endedReason: true, endedById: true },
  });
  expect(match.endedAt).not.toBeNull();
  // No token for a call that ended.
  await expect(joinMatch({ matchId: call.matchId, userId: call.first.id })).rejects.toMatchObject({
    code: "CONFLICT",
  });
  return match;
}

/** Connected to a live room through the app's own join. */
async function inLiveRoom(roomId: string, userId: string) {
  const joined = await joinRoom({ roomId, userId });
  return connectWith(joined.serverUrl, joined.token);
}

describe("revocation reaches every channel", () => {
  it("changing the password ends open notification streams", async () => {
    const member = await createTestUser(db);
    const fan = await createTestUser(db);
    // Two browsers, and a second tab in one of them.
    const [laptop, phone] = [await signedIn(member.id), await signedIn(member.id)];
    const open = [await openTab(laptop), await openTab(laptop), await openTab(phone)];

    await newPassword(member);
    for (const tab of open) await expectEnded(tab, "signed-out");
    // The old cookies open nothing any more; signing in again (the new version) does.
    expect((await streamRequest(laptop)).status).toBe(401);
    const again = await openTab(await signedIn(member.id, 1));
    await followUser({ actorId: fan.id, username: member.username });
    await expectStillOpen(again, fan);
  });

  it("signing out everywhere or disabling the account ends open notification streams", async () => {
    const admin = await createTestUser(db, { role: "ADMIN" });
    const member = await createTestUser(db);
    const bystander = await createTestUser(db);
    const fan = await createTestUser(db);
    const watching = await openTab(await signedIn(bystander.id));

    const before = await openTab(await signedIn(member.id));
    await signOutEverywhere({ actorId: member.id });
    await expectEnded(before, "signed-out");

    const after = await openTab(await signedIn(member.id, 1));
    await setAccountDisabled({ actorId: admin.id, userId: member.id, disabled: true });
    await expectEnded(after, "signed-out");
    expect((await streamRequest(await signedIn(member.id, 2))).status).toBe(401);

    // Someone else's stream is untouched.
    await followUser({ actorId: fan.id, username: bystander.username });
    await expectStillOpen(watching, fan);
  });

  it(`a session holds at most ${MAX_STREAMS_PER_SESSION} notification streams; a newer one closes the oldest`, async () => {
    const member = await createTestUser(db);
    const fan = await createTestUser(db);
    const cookie = await signedIn(member.id);
    const other = await openTab(await signedIn(member.id));
    const open: Tab[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_SESSION; i += 1) open.push(await openTab(cookie));

    // One more tab of the same session: it works, and the oldest one steps aside.
    const newest = await openTab(cookie);
    const [oldest, ...rest] = open;
    if (!oldest) throw new Error("no tab was opened");
    await expectEnded(oldest, "superseded");

    // Sixty more, as the finding did: still never more than the cap at once.
    const flood: Tab[] = [];
    for (let i = 0; i < 60; i += 1) flood.push(await openTab(cookie));
    for (const tab of [...rest, newest, ...flood.slice(0, -MAX_STREAMS_PER_SESSION)]) {
      await expectEnded(tab, "superseded");
    }
    await followUser({ actorId: fan.id, username: member.username });
    for (const tab of flood.slice(-MAX_STREAMS_PER_SESSION)) await expectStillOpen(tab, fan);
    // Another session of the same account keeps its own stream.
    await expectStillOpen(other, fan);
  });

  it("a block or a disabled account ends a voice-match call in progress", async () => {
    const blocked = await callInProgress("CULTURE");
    await blockUser({ actorId: blocked.first.id, username: blocked.second.username });
    expect(await expectCallEnded(blocked)).toMatchObject({ endedById: blocked.first.id });
    // The blocker passed; the other reads that the call was cut short, never that they were blocked.
    expect(await getMatchStatus({ userId: blocked.second.id })).toMatchObject({
      state: "matched",
      match: { endedReason: "SKIPPED", myDecision: null, connected: false },
    });
    expect(await db.match.findUniqueOrThrow({ where: { id: blocked.matchId } })).toMatchObject({
      aDecision: "PASS",
    });

    const admin = await createTestUser(db, { role: "ADMIN" });
    const disabled = await callInProgress("DATING_FRIENDS");
    await setAccountDisabled({ actorId: admin.id, userId: disabled.second.id, disabled: true });
    await expectCallEnded(disabled);
  });

  it("changing the password ends the member's call and takes them out of live rooms", async () => {
    const call = await callInProgress("OTHER");
    const host = await createTestUser(db);
    const { id: roomId } = await createLiveRoom(db, { hostId: host.id });
    await inLiveRoom(roomId, host.id);
    const listener = await inLiveRoom(roomId, call.first.id);

    await newPassword(call.first);
    await expectCallEnded(call);
    await expect
      .poll(() => listener.reasons[0], { timeout: 5_000 })
      .toBe(DisconnectReason.PARTICIPANT_REMOVED);
  });

  it("blocking takes the person out of the live rooms the blocker hosts or moderates", async () => {
    const host = await createTestUser(db);
    const moderator = await createTestUser(db);
    const blocked = await createTestUser(db);
    const { id: moderated } = await createLiveRoom(db, { hostId: host.id });
    const { id: elsewhere } = await createLiveRoom(db, { hostId: host.id });
    await db.roomParticipant.create({
      data: { roomId: moderated, userId: moderator.id, role: "MODERATOR" },
    });
    await inLiveRoom(moderated, host.id);
    await inLiveRoom(elsewhere, host.id);
    await inLiveRoom(moderated, moderator.id);
    // In the second room the moderator is only listening: blocking does not reach it.
    await inLiveRoom(elsewhere, moderator.id);
    const inModerated = await inLiveRoom(moderated, blocked.id);
    const inElsewhere = await inLiveRoom(elsewhere, blocked.id);

    await blockUser({ actorId: moderator.id, username: blocked.username });
    await expect
      .poll(() => inModerated.reasons[0], { timeout: 5_000 })
      .toBe(DisconnectReason.PARTICIPANT_REMOVED);
    const identities = async (roomId: string) =>
      (await roomService().listParticipants(roomId)).map((p) => p.identity);
    expect(await identities(moderated)).not.toContain(blocked.id);
    expect(await identities(elsewhere)).toContain(blocked.id);
    expect(inElsewhere.room.isConnected).toBe(true);
    await expect(joinRoom({ roomId: moderated, userId: blocked.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
