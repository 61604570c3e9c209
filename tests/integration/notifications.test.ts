import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as openStream } from "@/app/api/notifications/stream/route";
import { createRoomSchema } from "@/lib/validations/rooms";
import { db } from "@/server/db";
import { decideMembership } from "@/server/clubs/decide-membership";
import { followUser } from "@/server/follows/follow-user";
import { listNotifications } from "@/server/notifications/list-notifications";
import { markNotificationsRead } from "@/server/notifications/mark-notifications-read";
import { ROOM_STARTED_PER_HOUR } from "@/server/notifications/notify-room-started";
import { setClubMuted } from "@/server/notifications/set-club-muted";
import { setPersonMuted } from "@/server/notifications/set-person-muted";
import { createRoom } from "@/server/rooms/create-room";
import { acceptSpeakInvite } from "@/server/stage/accept-speak-invite";
import { inviteToSpeak } from "@/server/stage/invite-to-speak";
import { createLiveRoom } from "../fixtures/rooms";
import { serverEvents } from "../fixtures/server-events";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser, type TestUser } from "../fixtures/users";

const openRoom = (title: string) =>
  createRoomSchema.parse({ title, topic: "TECH", visibility: "OPEN" });

/** A tab's notification stream, served by the route as a browser would receive it. */
async function openTab(userId: string) {
  const abort = new AbortController();
  const request = new NextRequest("http://127.0.0.1/api/notifications/stream", {
    headers: { cookie: await sessionCookie(userId) },
    signal: abort.signal,
  });
  const response = await openStream(request, { params: Promise.resolve({}) });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  if (!response.body) throw new Error("the stream has no body");
  const next = serverEvents(response.body);
  return { next, close: () => abort.abort() };
}

async function follow(follower: TestUser, followee: TestUser) {
  await followUser({ actorId: follower.id, username: followee.username });
}

describe("notifications", () => {
  it("a follower is notified live when someone they follow starts a room", async () => {
    const host = await createTestUser(db, { displayName: "Nora Host" });
    const follower = await createTestUser(db);
    const stranger = await createTestUser(db);
    await follow(follower, host);

    const tab = await openTab(follower.id);
    try {
      expect(await tab.next()).toEqual({ event: "unread", data: { unread: 0 } });
      const room = await createRoom({ actorId: host.id, input: openRoom("Morning standup") });

      expect(await tab.next()).toMatchObject({
        event: "notification",
        data: {
          kind: "ROOM_STARTED",
          actor: { displayName: "Nora Host", username: host.username },
          room: { id: room.id, title: "Morning standup", live: true },
        },
      });
    } finally {
      tab.close();
    }
    expect((await listNotifications({ userId: follower.id })).unread).toBe(1);
    expect((await listNotifications({ userId: stranger.id })).items).toEqual([]);
    // Following is news too, for the person followed.
    expect((await listNotifications({ userId: host.id })).items).toMatchObject([
      { kind: "NEW_FOLLOWER", actor: { username: follower.username } },
    ]);
    await markNotificationsRead({ userId: follower.id });
    expect((await listNotifications({ userId: follower.id })).unread).toBe(0);
  });

  it("muting a person stops their room notifications", async () => {
    const host = await createTestUser(db);
    const muter = await createTestUser(db);
    const other = await createTestUser(db);
    await follow(muter, host);
    await follow(other, host);

    await setPersonMuted({ actorId: muter.id, username: host.username, muted: true });
    await createRoom({ actorId: host.id, input: openRoom("While muted") });
    const kinds = async (userId: string) =>
      (await listNotifications({ userId })).items.map((item) => item.room?.title);
    expect(await kinds(muter.id)).toEqual([]);
    expect(await kinds(other.id)).toEqual(["While muted"]);

    await setPersonMuted({ actorId: muter.id, username: host.username, muted: false });
    await createRoom({ actorId: host.id, input: openRoom("After unmuting") });
    expect(await kinds(muter.id)).toEqual(["After unmuting"]);
  });

  it("caps 'started a room' notices per hour, except from friends", async () => {
    const reader = await createTestUser(db);
    const hosts = await Promise.all(
      Array.from({ length: ROOM_STARTED_PER_HOUR + 1 }, () => createTestUser(db)),
    );
    const friend = await createTestUser(db);
    for (const host of [...hosts, friend]) await follow(reader, host);
    await follow(friend, reader);

    for (const host of hosts) await createRoom({ actorId: host.id, input: openRoom("Busy hour") });
    await createRoom({ actorId: friend.id, input: openRoom("A friend's room") });

    const titles = (await listNotifications({ userId: reader.id })).items
      .filter((item) => item.kind === "ROOM_STARTED")
      .map((item) => item.room?.title);
    expect(titles).toHaveLength(ROOM_STARTED_PER_HOUR + 1);
    expect(titles[0]).toBe("A friend's room");
  });

  it("a closed room tells only the people it invites", async () => {
    const host = await createTestUser(db);
    const follower = await createTestUser(db);
    const invitee = await createTestUser(db);
    await follow(follower, host);
    await createRoom({
      actorId: host.id,
      input: createRoomSchema.parse({
        title: "Secret planning",
        topic: "TECH",
        visibility: "CLOSED",
        invitees: invitee.username,
      }),
    });
    expect((await listNotifications({ userId: follower.id })).items).toEqual([]);
    expect((await listNotifications({ userId: invitee.id })).items).toMatchObject([
      { kind: "ROOM_INVITE", room: { title: "Secret planning" } },
    ]);
  });

  it("followers are told once when someone they follow goes on stage, unless already in the room", async () => {
    const host = await createTestUser(db);
    const speaker = await createTestUser(db, { displayName: "Sami Stage" });
    const away = await createTestUser(db);
    const inRoom = await createTestUser(db);
    await follow(away, speaker);
    await follow(inRoom, speaker);
    const room = await createLiveRoom(db, { hostId: host.id, title: "Open mic" });
    await db.roomParticipant.createMany({
      data: [
        { roomId: room.id, userId: speaker.id, role: "LISTENER" },
        { roomId: room.id, userId: inRoom.id, role: "LISTENER" },
      ],
    });

    await inviteToSpeak({ roomId: room.id, actorId: host.id, targetId: speaker.id });
    await acceptSpeakInvite({ roomId: room.id, actorId: speaker.id });
    expect((await listNotifications({ userId: away.id })).items).toMatchObject([
      { kind: "ON_STAGE", actor: { displayName: "Sami Stage" }, room: { id: room.id, live: true } },
    ]);
    expect((await listNotifications({ userId: inRoom.id })).items).toEqual([]);

    // Stepping down and up again is not news twice.
    await db.roomParticipant.update({
      where: { roomId_userId: { roomId: room.id, userId: speaker.id } },
      data: { role: "LISTENER" },
    });
    await inviteToSpeak({ roomId: room.id, actorId: host.id, targetId: speaker.id });
    await acceptSpeakInvite({ roomId: room.id, actorId: speaker.id });
    expect((await listNotifications({ userId: away.id })).items).toHaveLength(1);
  });

  it("a member who muted a club is not told of its rooms, and a requester hears the club's decision", async () => {
    const admin = await createTestUser(db);
    const muter = await createTestUser(db);
    const listener = await createTestUser(db);
    const requester = await createTestUser(db);
    const club = await db.club.create({
      data: {
        slug: `muted-${Date.now()}`,
        name: "Night Owls",
        visibility: "PRIVATE",
        createdById: admin.id,
        members: {
          create: [
            { userId: admin.id, role: "ADMIN" },
            { userId: muter.id },
            { userId: listener.id },
            { userId: requester.id, status: "PENDING" },
          ],
        },
      },
    });
    await follow(muter, admin);
    await follow(listener, admin);
    await setClubMuted({ actorId: muter.id, clubId: club.id, muted: true });
    await expect(
      setClubMuted({ actorId: requester.id, clubId: club.id, muted: true }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    await createRoom({
      actorId: admin.id,
      input: createRoomSchema.parse({
        title: "Owls after dark",
        topic: "TECH",
        visibility: "CLUB",
        clubId: club.id,
      }),
    });
    expect((await listNotifications({ userId: muter.id })).items).toEqual([]);
    expect((await listNotifications({ userId: listener.id })).items).toMatchObject([
      { kind: "ROOM_STARTED", room: { title: "Owls after dark" } },
    ]);

    const tab = await openTab(requester.id);
    try {
      expect(await tab.next()).toEqual({ event: "unread", data: { unread: 0 } });
      await decideMembership({
        actorId: admin.id,
        clubId: club.id,
        userId: requester.id,
        approve: true,
      });
      expect(await tab.next()).toMatchObject({
        event: "notification",
        data: {
          kind: "CLUB_REQUEST_APPROVED",
          club: { slug: club.slug, name: "Night Owls" },
          actor: null,
        },
      });
    } finally {
      tab.close();
    }
  });
});
