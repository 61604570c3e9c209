import {
  AudioSource,
  DisconnectReason,
  LocalAudioTrack,
  Room,
  RoomEvent,
  TrackPublishOptions,
  TrackSource,
} from "@livekit/rtc-node";
import { AccessToken, DataPacket_Kind } from "livekit-server-sdk";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { getEnv } from "@/env";
import { db } from "@/server/db";
import { joinRoom } from "@/server/live/join-room";
import { roomService } from "@/server/livekit/room-service";
import { POST as postChat } from "@/app/api/rooms/[roomId]/chat/route";
import { POST as postEnd } from "@/app/api/rooms/[roomId]/end/route";
import { POST as postReaction } from "@/app/api/rooms/[roomId]/reactions/route";
import { POST as postToken } from "@/app/api/rooms/[roomId]/token/route";
import { createLiveRoom } from "../fixtures/rooms";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser } from "../fixtures/users";
import { fromTheApp } from "../support/api-request";
import { takeStageRights } from "../support/stage-rights";

type Route = (
  request: NextRequest,
  context: { params: Promise<{ roomId: string }> },
) => Promise<Response>;

type RouteBody = { error?: { message?: string }; role?: string; token?: string };

const connected: Room[] = [];
afterEach(async () => {
  await Promise.all(connected.splice(0).map((room) => room.disconnect()));
});

/** Calls a room route as `userId` would (null: signed out). */
async function call(route: Route, roomId: string, userId: string | null, body?: unknown) {
  const headers = fromTheApp(userId ? { cookie: await sessionCookie(userId) } : {});
  const request = new NextRequest(`http://127.0.0.1/api/rooms/${roomId}/x`, {
    method: "POST",
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const response = await route(request, { params: Promise.resolve({ roomId }) });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: (await response.json()) as RouteBody,
  };
}

async function connect(roomId: string, userId: string) {
  const joined = await joinRoom({ roomId, userId });
  const room = new Room();
  connected.push(room);
  await room.connect(joined.serverUrl, joined.token, { autoSubscribe: true, dynacast: false });
  // As the room page does: people on stage take their publish rights once connected.
  await takeStageRights(roomId, userId);
  return { room, joined };
}

/** A test-only participant allowed to publish data, which no token Hearth mints ever is. */
async function connectWithDataGrant(roomId: string) {
  const env = getEnv();
  const token = new AccessToken(env.LIVEKIT_API_KEY, env.LIVEKIT_API_SECRET, {
    identity: `probe-${Date.now()}`,
  });
  token.addGrant({
    roomJoin: true,
    room: roomId,
    canPublish: false,
    canSubscribe: false,
    canPublishData: true,
  });
  const room = new Room();
  connected.push(room);
  await room.connect(env.LIVEKIT_URL, await token.toJwt(), {
    autoSubscribe: false,
    dynacast: false,
  });
  return room;
}

/** Data messages arriving at a participant, by topic, decoded. */
function collectData(room: Room) {
  const received: { topic: string | undefined; text: string; fromIdentity: string | undefined }[] =
    [];
  room.on(RoomEvent.DataReceived, (payload, participant, _kind, topic) => {
    received.push({
      topic,
      text: new TextDecoder().decode(payload),
      fromIdentity: participant?.identity,
    });
  });
  return received;
}

async function waitFor(check: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the live room", () => {
  it("a listener cannot publish audio", { timeout: 45_000 }, async () => {
    const host = await createTestUser(db);
    const listener = await createTestUser(db);
    const { id: roomId } = await createLiveRoom(db, { hostId: host.id });
    const hostSide = await connect(roomId, host.id);
    const listenerSide = await connect(roomId, listener.id);
    expect(hostSide.joined.role).toBe("host");
    expect(listenerSide.joined.role).toBe("listener");

    const heardByHost = collectData(hostSide.room);
    const publishedToHost: string[] = [];
    hostSide.room.on(RoomEvent.TrackPublished, (_publication, participant) => {
      publishedToHost.push(participant.identity);
    });

    // LiveKit itself holds the listener's permissions, as minted from the database role.
    const inLivekit = await roomService().listParticipants(roomId);
    const listenerInfo = inLivekit.find((p) => p.identity === listener.id);
    expect(listenerInfo?.permission?.canPublish).toBe(false);
    expect(listenerInfo?.permission?.canPublishData).toBe(false);
    expect(listenerInfo?.attributes.role).toBe("listener");

    const micOptions = new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE });
    const listenerMic = LocalAudioTrack.createAudioTrack("mic", new AudioSource(48_000, 1));
    const listenerPublish = listenerSide.room.localParticipant?.publishTrack(
      listenerMic,
      micOptions,
    );
    await expect(listenerPublish).rejects.toThrow(
      // LiveKit never answers a publish it refuses; rtc-node gives up after 10 s.
      "track publication timed out, no response received from the server",
    );

    // The same path works for the host, so the refusal above is about the listener's grants.
    const hostMic = LocalAudioTrack.createAudioTrack("mic", new AudioSource(48_000, 1));
    await expect(
      hostSide.room.localParticipant?.publishTrack(hostMic, micOptions),
    ).resolves.toBeDefined();

    await listenerSide.room.localParticipant?.publishData(new TextEncoder().encode("forged"), {
      reliable: true,
      topic: "hearth.chat",
    });
    // The control: the same client call from a participant LiveKit lets publish data is delivered,
    // so the forged packet was really sent and withheld for the listener's grants alone.
    const probe = await connectWithDataGrant(roomId);
    await probe.localParticipant?.publishData(new TextEncoder().encode("control"), {
      reliable: true,
      topic: "hearth.chat",
    });
    await waitFor(() => heardByHost.some((m) => m.text === "control"));
    // A message the server sends arrives too: the app's path is the one that works.
    await roomService().sendData(
      roomId,
      new TextEncoder().encode("from the app"),
      DataPacket_Kind.RELIABLE,
      {
        topic: "probe",
      },
    );
    await waitFor(() => heardByHost.some((m) => m.text === "from the app"));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(heardByHost.map((m) => m.text)).not.toContain("forged");

    const after = await roomService().listParticipants(roomId);
    expect(after.find((p) => p.identity === listener.id)?.tracks ?? []).toHaveLength(0);
    expect(after.find((p) => p.identity === host.id)?.tracks).toHaveLength(1);
    expect(publishedToHost).not.toContain(listener.id);
  });

  it("joining takes the role from the database and refuses anyone who may not enter", async () => {
    const host = await createTestUser(db);
    const speaker = await createTestUser(db);
    const stranger = await createTestUser(db);
    const removed = await createTestUser(db);
    const { id: openRoom } = await createLiveRoom(db, { hostId: host.id });
    const { id: closedRoom } = await createLiveRoom(db, { hostId: host.id, visibility: "CLOSED" });
    await db.roomParticipant.createMany({
      data: [
        { roomId: openRoom, userId: speaker.id, role: "SPEAKER", leftAt: new Date() },
        {
          roomId: openRoom,
          userId: removed.id,
          role: "LISTENER",
          bannedAt: new Date(),
          bannedById: host.id,
          leftAt: new Date(),
        },
      ],
    });

    expect((await call(postToken, openRoom, null)).status).toBe(401);
    // The join's one statement confirms the session itself: a session a password change ended,
    // or a disabled account's, is refused like none at all and marks nobody present.
    const signedOutElsewhere = await createTestUser(db);
    await db.user.update({
      where: { id: signedOutElsewhere.id },
      data: { sessionVersion: { increment: 1 } },
    });
    const disabled = await createTestUser(db);
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect((await call(postToken, openRoom, signedOutElsewhere.id)).status).toBe(401);
    expect((await call(postToken, openRoom, disabled.id)).status).toBe(401);
    expect(
      await db.roomParticipant.count({
        where: { roomId: openRoom, userId: { in: [signedOutElsewhere.id, disabled.id] } },
      }),
    ).toBe(0);
    expect(await call(postToken, closedRoom, stranger.id)).toMatchObject({ status: 404 });
    expect(await call(postToken, "not-a-room", stranger.id)).toMatchObject({ status: 422 });
    const banned = await call(postToken, openRoom, removed.id);
    expect(banned.status).toBe(403);
    expect(banned.body.error?.message).toMatch(/removed from this room/);
    expect(
      await db.roomParticipant.count({ where: { roomId: closedRoom, userId: stranger.id } }),
    ).toBe(0);
    const removedRow = await db.roomParticipant.findUnique({
      where: { roomId_userId: { roomId: openRoom, userId: removed.id } },
    });
    expect(removedRow?.leftAt).toBeInstanceOf(Date);

    const asHost = await call(postToken, closedRoom, host.id);
    expect(asHost.status).toBe(200);
    expect(asHost.body.role).toBe("host");
    expect(asHost.body.token).toBeTypeOf("string");
    const asSpeaker = await call(postToken, openRoom, speaker.id);
    expect(asSpeaker.body.role).toBe("speaker");
    const asListener = await call(postToken, openRoom, stranger.id);
    expect(asListener.body.role).toBe("listener");
    const rows = await db.roomParticipant.findMany({
      where: { roomId: openRoom, userId: { in: [speaker.id, stranger.id] } },
      select: { role: true, leftAt: true },
      orderBy: { role: "asc" },
    });
    expect(rows).toEqual([
      { role: "SPEAKER", leftAt: null },
      { role: "LISTENER", leftAt: null },
    ]);

    await db.room.update({
      where: { id: openRoom },
      data: { status: "ENDED", endedAt: new Date() },
    });
    expect(await call(postToken, openRoom, stranger.id)).toMatchObject({
      status: 409,
      body: { error: { message: "This room has ended." } },
    });
  });

  it("only the host ends the room, and ending it disconnects everyone", async () => {
    const host = await createTestUser(db);
    const listener = await createTestUser(db);
    const stranger = await createTestUser(db);
    const { id: roomId } = await createLiveRoom(db, { hostId: host.id, visibility: "CLOSED" });
    await db.roomInvite.create({ data: { roomId, userId: listener.id } });
    const { room: listenerRoom } = await connect(roomId, listener.id);
    const reasons: DisconnectReason[] = [];
    listenerRoom.on(RoomEvent.Disconnected, (reason) => reasons.push(reason));

    expect((await call(postEnd, roomId, null)).status).toBe(401);
    expect((await call(postEnd, roomId, stranger.id)).status).toBe(404);
    expect((await call(postEnd, roomId, listener.id)).status).toBe(403);
    expect(await db.room.findUnique({ where: { id: roomId }, select: { status: true } })).toEqual({
      status: "LIVE",
    });

    expect((await call(postEnd, roomId, host.id)).status).toBe(200);
    const ended = await db.room.findUniqueOrThrow({ where: { id: roomId } });
    expect(ended).toMatchObject({ status: "ENDED", listenerCount: 0, speakerCount: 0 });
    expect(ended.endedAt).toBeInstanceOf(Date);
    expect(await db.roomParticipant.count({ where: { roomId, leftAt: null } })).toBe(0);
    expect(await db.moderationEvent.count({ where: { roomId, action: "END_ROOM" } })).toBe(1);
    await waitFor(() => reasons.length > 0);
    expect(reasons[0]).toBe(DisconnectReason.ROOM_DELETED);
    expect(await roomService().listRooms([roomId])).toEqual([]);

    // A second click (or a retry) is harmless.
    expect((await call(postEnd, roomId, host.id)).status).toBe(200);
  });

  it("chat and reactions go through the app, validated and limited per member", async () => {
    const host = await createTestUser(db, { displayName: "Hana Host" });
    const listener = await createTestUser(db, { displayName: "Lee Listener" });
    const outsider = await createTestUser(db);
    const { id: roomId } = await createLiveRoom(db, { hostId: host.id });
    const { room: hostRoom } = await connect(roomId, host.id);
    await connect(roomId, listener.id);
    const heard = collectData(hostRoom);

    expect((await call(postChat, roomId, null, { text: "hi" })).status).toBe(401);
    expect((await call(postChat, roomId, outsider.id, { text: "hi" })).status).toBe(404);
    expect((await call(postChat, roomId, listener.id, { text: "   " })).status).toBe(422);
    expect((await call(postReaction, roomId, listener.id, { emoji: "💩" })).status).toBe(422);

    expect((await call(postReaction, roomId, listener.id, { emoji: "🔥" })).status).toBe(200);
    expect((await call(postChat, roomId, listener.id, { text: "hello room" })).status).toBe(200);
    await waitFor(() => heard.length >= 2);
    const reaction = heard.find((m) => m.topic === "hearth.reaction");
    const chat = heard.find((m) => m.topic === "hearth.chat");
    expect(JSON.parse(reaction?.text ?? "{}")).toMatchObject({
      emoji: "🔥",
      senderId: listener.id,
    });
    expect(JSON.parse(chat?.text ?? "{}")).toMatchObject({
      text: "hello room",
      senderId: listener.id,
      senderName: "Lee Listener",
      senderUsername: listener.username,
    });
    // Sent by the server, not by a participant: browsers hold no canPublishData.
    expect(chat?.fromIdentity).toBeUndefined();

    const answers = [];
    for (let i = 0; i < 6; i++) {
      answers.push(await call(postChat, roomId, listener.id, { text: `line ${i}` }));
    }
    // Five lines per ten seconds: "hello room" and four more pass, the sixth is refused.
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 429, 429]);
    // Like sign-in's, the refusal says when to come back.
    expect(Number(answers[4]?.retryAfter)).toBeGreaterThan(0);
    expect(Number(answers[4]?.retryAfter)).toBeLessThanOrEqual(10);
    const reactions = [];
    for (let i = 0; i < 11; i++) {
      reactions.push(await call(postReaction, roomId, listener.id, { emoji: "🔥" }));
    }
    // Ten reactions per ten seconds: the first "🔥" and nine more pass, the eleventh is refused.
    expect(reactions.map((answer) => answer.status)).toEqual([
      ...Array<number>(9).fill(200),
      429,
      429,
    ]);
    const refusedReaction = reactions[9];
    expect(Number(refusedReaction?.retryAfter)).toBeGreaterThan(0);
    // The limit is the listener's own: the host can still talk.
    expect((await call(postChat, roomId, host.id, { text: "still here" })).status).toBe(200);
  });
});
