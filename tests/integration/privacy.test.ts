import { DisconnectReason, Room, RoomEvent } from "@livekit/rtc-node";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startLivekitWithWebhooks } from "../fixtures/livekit-with-webhooks";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// Download my data and delete my account (docs/privacy.md), against a real livekit-server whose
// webhooks reach the app's route; the app's modules load after LIVEKIT_URL points at it.
const livekit = await startLivekitWithWebhooks();
process.env.REPLAY_STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "hearth-privacy-"));
const { db } = await import("@/server/db");
const { sessionCookie } = await import("../fixtures/session-cookie");
const { GET: downloadRoute } = await import("@/app/api/account/data/route");
const { POST: webhookRoute } = await import("@/app/api/livekit/webhook/route");
const { joinRoom } = await import("@/server/live/join-room");
const { deleteAccount } = await import("@/server/privacy/delete-account");
const { authenticate } = await import("@/server/auth/authenticate");
const { roomService } = await import("@/server/livekit/room-service");
const { ensureLivekitRoom } = await import("@/server/livekit/ensure-room");
livekit.handleWith(webhookRoute);

const connected: Room[] = [];
afterEach(async () => {
  await Promise.all(connected.splice(0).map((room) => room.disconnect()));
});
afterAll(async () => {
  await livekit.stop();
});

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A browser in the room: connects to LiveKit with the token the app mints for the member. */
async function listen(roomId: string, userId: string) {
  const joined = await joinRoom({ roomId, userId });
  const room = new Room();
  connected.push(room);
  const reasons: DisconnectReason[] = [];
  room.on(RoomEvent.Disconnected, (reason) => reasons.push(reason));
  await room.connect(joined.serverUrl, joined.token, { autoSubscribe: true, dynacast: false });
  return { room, reasons };
}

async function identitiesIn(roomId: string): Promise<string[]> {
  return (await roomService().listParticipants(roomId)).map((p) => p.identity);
}

/** Someone else's life on Hearth around the member: enough to tell theirs from others'. */
async function aMemberWithAHistory() {
  const inviter = await createTestUser(db, { displayName: "Iris Inviter" });
  const member = await createTestUser(db, { displayName: "Mara Member", invitedById: inviter.id });
  const friend = await createTestUser(db, { displayName: "Fay Friend" });
  const fan = await createTestUser(db, { displayName: "Finn Fan" });
  const other = await createTestUser(db, { displayName: "Otto Other" });
  const invitee = await createTestUser(db, { displayName: "Ivo Invitee", invitedById: member.id });
  await db.follow.createMany({
    data: [
      { followerId: member.id, followeeId: friend.id },
      { followerId: fan.id, followeeId: member.id },
      { followerId: fan.id, followeeId: friend.id },
    ],
  });
  const club = await db.club.create({
    data: { slug: `club-${member.username}`, name: "Night Owls", createdById: member.id },
  });
  await db.clubMember.createMany({
    data: [
      { clubId: club.id, userId: member.id, role: "ADMIN" },
      { clubId: club.id, userId: fan.id, role: "MEMBER" },
    ],
  });
  const hosted = await db.room.create({
    data: {
      title: "Mara's late show",
      topic: "MUSIC_KARAOKE",
      status: "ENDED",
      startedAt: new Date(Date.now() - 3_600_000),
      endedAt: new Date(),
      createdById: member.id,
      recordReplay: true,
      replay: {
        create: {
          status: "READY",
          storageKey: `rooms/PLACEHOLDER/replay.ogg`,
          durationMs: 61_000,
          sizeBytes: 2_048,
          readyAt: new Date(),
        },
      },
    },
    select: { id: true },
  });
  const files = [`rooms/${hosted.id}/replay.ogg`, `rooms/${hosted.id}/tracks/TR_mara-0.ogg`];
  await db.replay.update({ where: { roomId: hosted.id }, data: { storageKey: files[0] } });
  await db.trackRecording.create({
    data: {
      roomId: hosted.id,
      userId: member.id,
      trackSid: `TR_${member.username}`,
      storageKey: files[1] ?? "",
    },
  });
  const storage = process.env.REPLAY_STORAGE_DIR ?? "";
  for (const file of files) {
    await mkdir(path.dirname(path.join(storage, file)), { recursive: true });
    await writeFile(path.join(storage, file), "OggS");
  }
  await db.invite.createMany({
    data: [
      {
        codeHash: `used-${member.username}`,
        codePrefix: "USED",
        inviterId: member.id,
        expiresAt: new Date(Date.now() + 86_400_000),
        redeemedAt: new Date(),
        redeemedById: invitee.id,
      },
      {
        codeHash: `open-${member.username}`,
        codePrefix: "OPEN",
        inviterId: member.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    ],
  });
  await db.notification.create({
    data: { userId: member.id, kind: "NEW_FOLLOWER", actorId: fan.id },
  });
  const reportsRoom = await createLiveRoom(db, { hostId: other.id, title: "Otto's room" });
  const line = {
    id: randomUUID(),
    senderId: member.id,
    senderName: member.displayName,
    senderUsername: member.username,
    text: "Otto, you are wrong",
    sentAt: new Date().toISOString(),
  };
  await db.report.create({
    data: {
      kind: "CHAT_MESSAGE",
      reporterId: other.id,
      targetId: member.id,
      roomId: reportsRoom.id,
      reason: "HARASSMENT",
      note: "Otto's private note about Mara",
      chatMessageId: line.id,
      chatContext: [line],
    },
  });
  await db.report.create({
    data: {
      kind: "PERSON",
      reporterId: member.id,
      targetId: other.id,
      reason: "SPAM",
      note: "ads",
    },
  });
  await db.roomChatMessage.createMany({
    data: [
      {
        id: line.id,
        roomId: reportsRoom.id,
        senderId: member.id,
        senderName: member.displayName,
        senderUsername: member.username,
        text: line.text,
      },
      {
        id: randomUUID(),
        roomId: reportsRoom.id,
        senderId: other.id,
        senderName: other.displayName,
        senderUsername: other.username,
        text: "Otto's own line",
      },
    ],
  });
  return { inviter, member, friend, fan, other, invitee, club, hosted, files, reportsRoom };
}

describe("your data", () => {
  it("a member downloads their data as one archive", async () => {
    const world = await aMemberWithAHistory();
    const { member } = world;
    const request = new NextRequest("http://127.0.0.1/api/account/data", {
      headers: { cookie: await sessionCookie(member.id) },
    });
    const response = await downloadRoute(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="hearth-${member.username}-\\d{4}-\\d{2}-\\d{2}\\.json"$`),
    );
    expect(response.headers.get("cache-control")).toContain("no-store");
    const text = await response.text();
    const archive: unknown = JSON.parse(text);

    expect(archive).toMatchObject({
      format: "hearth-export/1",
      profile: {
        id: member.id,
        username: member.username,
        email: member.email,
        displayName: "Mara Member",
        invitedBy: { username: world.inviter.username, displayName: "Iris Inviter" },
      },
      following: [{ username: world.friend.username, displayName: "Fay Friend" }],
      followers: [{ username: world.fan.username, displayName: "Finn Fan" }],
      clubs: [{ slug: world.club.slug, name: "Night Owls", role: "ADMIN", status: "ACTIVE" }],
      roomsHosted: [
        {
          id: world.hosted.id,
          title: "Mara's late show",
          status: "ENDED",
          recordReplay: true,
          replay: { status: "READY", durationMs: 61_000, sizeBytes: 2_048 },
        },
      ],
      invites: [
        { codePrefix: "USED", redeemedBy: { username: world.invitee.username } },
        { codePrefix: "OPEN", redeemedBy: null },
      ],
      notifications: [{ kind: "NEW_FOLLOWER", actor: { username: world.fan.username } }],
      reportsFiled: [
        { kind: "PERSON", reason: "SPAM", note: "ads", target: { username: world.other.username } },
      ],
      chatMessages: [{ roomId: world.reportsRoom.id, text: "Otto, you are wrong" }],
    });
    // Nothing of anyone else's that is private, and no secrets.
    for (const secret of [
      "passwordHash",
      "codeHash",
      "sessionVersion",
      world.other.email,
      world.fan.email,
      world.friend.email,
      "Otto's private note about Mara",
      "Otto's own line",
      `used-${member.username}`,
    ]) {
      expect(text).not.toContain(secret);
    }

    // Only for the member themself: signed out is 401.
    const anonymous = await downloadRoute(new NextRequest("http://127.0.0.1/api/account/data"), {
      params: Promise.resolve({}),
    });
    expect(anonymous.status).toBe(401);
  });

  it("deleting an account removes what was theirs and ends their live sessions", async () => {
    const world = await aMemberWithAHistory();
    const { member, other, fan } = world;
    // Mara is hosting a live room with Finn listening, and listening in Otto's room.
    const hostedLive = await createLiveRoom(db, { hostId: member.id, title: "Mara live" });
    await ensureLivekitRoom({ roomName: hostedLive.id, handRaisingOn: true });
    await ensureLivekitRoom({ roomName: world.reportsRoom.id, handRaisingOn: true });
    const maraHosting = await listen(hostedLive.id, member.id);
    const finnListening = await listen(hostedLive.id, fan.id);
    const maraListening = await listen(world.reportsRoom.id, member.id);
    const ottoHosting = await listen(world.reportsRoom.id, other.id);
    await waitFor(async () => (await identitiesIn(world.reportsRoom.id)).includes(member.id));

    await expect(deleteAccount({ actorId: member.id, password: "not it" })).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      field: "password",
    });
    expect(await db.user.count({ where: { id: member.id, deletedAt: null } })).toBe(1);

    await deleteAccount({ actorId: member.id, password: member.password });

    // Live sessions end: taken out of Otto's room, and the room Mara hosted closes for Finn too.
    await waitFor(() => maraListening.reasons.length > 0 && finnListening.reasons.length > 0);
    expect(maraListening.reasons).toContain(DisconnectReason.PARTICIPANT_REMOVED);
    expect(maraHosting.reasons.length + finnListening.reasons.length).toBeGreaterThan(0);
    expect(await identitiesIn(world.reportsRoom.id)).not.toContain(member.id);
    expect(ottoHosting.reasons).toEqual([]);
    expect(await roomService().listRooms([hostedLive.id])).toEqual([]);

    // The account is a nameless tombstone that can never sign in again.
    const tombstone = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(tombstone).toMatchObject({ displayName: "Deleted member", bio: "", locale: null });
    expect(tombstone.username).toBe(`deleted-${member.id.replace(/-/g, "")}`);
    expect(tombstone.email).not.toContain(member.email);
    expect(tombstone.disabledAt).not.toBeNull();
    expect(tombstone.deletedAt).not.toBeNull();
    for (const identifier of [member.username, member.email, tombstone.username, tombstone.email]) {
      await expect(
        authenticate({ identifier, password: member.password, ip: "127.0.0.1" }),
      ).rejects.toThrow();
    }

    // What was theirs is gone: follows both ways, memberships, notifications, the unused invite,
    // the rooms they created with their replays and the replay files.
    expect(
      await db.follow.count({
        where: { OR: [{ followerId: member.id }, { followeeId: member.id }] },
      }),
    ).toBe(0);
    expect(await db.follow.count({ where: { followerId: fan.id } })).toBe(1);
    expect(
      await db.clubMember.findMany({
        where: { clubId: world.club.id },
        select: { userId: true, role: true },
      }),
    ).toEqual([{ userId: fan.id, role: "ADMIN" }]);
    expect(
      await db.notification.count({
        where: { OR: [{ userId: member.id }, { actorId: member.id }] },
      }),
    ).toBe(0);
    expect(await db.room.count({ where: { createdById: member.id } })).toBe(0);
    expect(await db.replay.count({ where: { roomId: world.hosted.id } })).toBe(0);
    const storage = process.env.REPLAY_STORAGE_DIR ?? "";
    for (const file of world.files) expect(existsSync(path.join(storage, file))).toBe(false);
    expect(await db.roomParticipant.count({ where: { userId: member.id } })).toBe(0);

    // The invite tree keeps its edges without the person: Ivo was still invited by that account.
    expect(
      await db.invite.findMany({ where: { inviterId: member.id }, select: { codePrefix: true } }),
    ).toEqual([{ codePrefix: "USED" }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: world.invitee.id } })).invitedById).toBe(
      member.id,
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).invitedById).toBe(
      world.inviter.id,
    );

    // Chat lines and reports stay, without the name: the stored line, the reported copy, the report
    // they filed (its reporter is the tombstone). Otto's words are untouched.
    const lines = await db.roomChatMessage.findMany({
      where: { roomId: world.reportsRoom.id },
      select: { senderName: true, senderUsername: true, text: true },
    });
    expect(lines).toHaveLength(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        { senderName: "Deleted member", senderUsername: "", text: "Otto, you are wrong" },
        { senderName: other.displayName, senderUsername: other.username, text: "Otto's own line" },
      ]),
    );
    const about = await db.report.findFirstOrThrow({ where: { targetId: member.id } });
    expect(about.chatContext).toMatchObject([
      {
        senderId: member.id,
        senderName: "Deleted member",
        senderUsername: "",
        text: "Otto, you are wrong",
      },
    ]);
    expect(JSON.stringify(about.chatContext)).not.toContain(member.username);
    expect(await db.report.count({ where: { reporterId: member.id } })).toBe(1);
  });
});
