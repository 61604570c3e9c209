import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST as createRoomRoute } from "@/app/api/rooms/route";
import { createRoomSchema } from "@/lib/validations/rooms";
import { createClub } from "@/server/clubs/create-club";
import { decideMembership } from "@/server/clubs/decide-membership";
import { joinClub } from "@/server/clubs/join-club";
import { db } from "@/server/db";
import { addRoomInvitees } from "@/server/rooms/add-room-invitees";
import { cancelScheduledRoom } from "@/server/rooms/cancel-scheduled-room";
import { startScheduledRoom } from "@/server/rooms/start-scheduled-room";
import { updateScheduledRoom } from "@/server/rooms/update-scheduled-room";
import { createRoom } from "@/server/rooms/create-room";
import { findHallway } from "@/server/rooms/find-hallway";
import { roomsVisibleTo } from "@/server/rooms/room-access";
import { startPrivateRoom } from "@/server/rooms/start-private-room";
import { createLiveRoom } from "../fixtures/rooms";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser } from "../fixtures/users";
import { fromTheApp } from "../support/api-request";

const fourMembers = () =>
  Promise.all([createTestUser(db), createTestUser(db), createTestUser(db), createTestUser(db)]);

const roomInput = (fields: Record<string, unknown>) =>
  createRoomSchema.parse({ title: "A room", topic: "TECH", visibility: "OPEN", ...fields });

async function canSee(viewerId: string, roomId: string): Promise<boolean> {
  const room = await db.room.findFirst({ where: { id: roomId, ...roomsVisibleTo(viewerId) } });
  return room !== null;
}

async function hallwayIds(viewerId: string, topic?: "TECH" | "SPORTS"): Promise<string[]> {
  return (await findHallway({ viewerId, topic })).live.map((room) => room.id);
}

function post(body: unknown, cookie?: string) {
  return createRoomRoute(
    new NextRequest("http://127.0.0.1/api/rooms", {
      method: "POST",
      headers: fromTheApp(cookie ? { cookie } : {}),
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
}

describe("who sees which rooms", () => {
  it("club rooms are visible only to club members", async () => {
    const [admin, member, requester, outsider] = await fourMembers();
    const { slug } = await createClub({
      actorId: admin.id,
      input: {
        name: "Night Owls",
        slug: `owls-${admin.username}`,
        description: "",
        topics: [],
        visibility: "PRIVATE",
      },
    });
    const club = await db.club.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await joinClub({ actorId: member.id, clubId: club.id });
    await decideMembership({
      actorId: admin.id,
      clubId: club.id,
      userId: member.id,
      approve: true,
    });
    await joinClub({ actorId: requester.id, clubId: club.id });

    await expect(
      createRoom({ actorId: member.id, input: roomInput({ visibility: "CLUB", clubId: club.id }) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", field: "clubId" });

    const room = await createRoom({
      actorId: admin.id,
      input: roomInput({ visibility: "CLUB", clubId: club.id, title: "Owls only" }),
    });
    expect(await hallwayIds(admin.id)).toContain(room.id);
    expect(await hallwayIds(member.id)).toContain(room.id);
    expect(await hallwayIds(requester.id)).not.toContain(room.id);
    expect(await hallwayIds(outsider.id)).not.toContain(room.id);
    expect(await canSee(member.id, room.id)).toBe(true);
    expect(await canSee(requester.id, room.id)).toBe(false);
    expect(await canSee(outsider.id, room.id)).toBe(false);
  });

  it("closed rooms are visible only to the people the host added", async () => {
    const [host, guest, later, stranger] = await fourMembers();
    const room = await createRoom({
      actorId: host.id,
      input: roomInput({ visibility: "CLOSED", invitees: `@${guest.username}` }),
    });
    expect(await hallwayIds(guest.id)).toContain(room.id);
    expect(await hallwayIds(later.id)).not.toContain(room.id);
    expect(await hallwayIds(stranger.id)).not.toContain(room.id);
    expect(await canSee(stranger.id, room.id)).toBe(false);

    // Only the host adds people, and a stranger cannot even learn the room exists.
    await expect(
      addRoomInvitees({ actorId: stranger.id, roomId: room.id, usernames: [stranger.username] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await addRoomInvitees({ actorId: host.id, roomId: room.id, usernames: [later.username] });
    expect(await hallwayIds(later.id)).toContain(room.id);
    expect(await hallwayIds(stranger.id)).not.toContain(room.id);

    await expect(
      createRoom({
        actorId: host.id,
        input: roomInput({ visibility: "CLOSED", invitees: "nobody_here_x" }),
      }),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE", field: "invitees" });
  });
});

describe("the hallway", () => {
  it("the hallway ranks rooms with followed speakers first", async () => {
    const [viewer, friend, stranger, clubAdmin] = await fourMembers();
    await db.follow.create({ data: { followerId: viewer.id, followeeId: friend.id } });
    const { slug } = await createClub({
      actorId: clubAdmin.id,
      input: {
        name: "Runners",
        slug: `run-${viewer.username}`,
        description: "",
        topics: [],
        visibility: "OPEN",
      },
    });
    const club = await db.club.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await joinClub({ actorId: viewer.id, clubId: club.id });

    const big = await createLiveRoom(db, { hostId: stranger.id, topic: "SPORTS" });
    const clubRoom = await createLiveRoom(db, {
      hostId: clubAdmin.id,
      visibility: "CLUB",
      clubId: club.id,
    });
    const friendRoom = await createLiveRoom(db, { hostId: stranger.id });
    const friendListening = await createLiveRoom(db, { hostId: stranger.id });
    await db.room.update({ where: { id: big.id }, data: { listenerCount: 500 } });
    await db.room.update({ where: { id: clubRoom.id }, data: { listenerCount: 5 } });
    await db.room.update({ where: { id: friendListening.id }, data: { listenerCount: 50 } });
    await db.roomParticipant.createMany({
      data: [
        { roomId: friendRoom.id, userId: friend.id, role: "SPEAKER" },
        { roomId: friendListening.id, userId: friend.id, role: "LISTENER", leftAt: null },
      ],
    });

    const ids = (await hallwayIds(viewer.id)).filter((id) =>
      [big.id, clubRoom.id, friendRoom.id, friendListening.id].includes(id),
    );
    // A followed person who is only listening does not lift a room; size decides among the rest.
    expect(ids).toEqual([friendRoom.id, clubRoom.id, big.id, friendListening.id]);

    const hallway = await findHallway({ viewerId: viewer.id });
    const first = hallway.live.find((room) => room.id === friendRoom.id);
    expect(first?.speakers.map((speaker) => speaker.displayName)).toContain(friend.displayName);
    expect(await hallwayIds(viewer.id, "SPORTS")).toEqual([big.id]);
  });

  it("a room people can hear is offered however many larger rooms have gone silent", async () => {
    const [host, viewer] = await Promise.all([createTestUser(db), createTestUser(db)]);
    // More silent rooms (still live, their stage empty) than the hallway shows, each larger.
    const silent = Array.from({ length: 60 }, (_, i) => ({
      title: `Gone quiet ${i}`,
      topic: "TECH" as const,
      visibility: "OPEN" as const,
      status: "LIVE" as const,
      startedAt: new Date(),
      createdById: host.id,
      listenerCount: 10,
      stageEmptySince: new Date(),
    }));
    await db.room.createMany({ data: silent });
    const audible = await createLiveRoom(db, { hostId: host.id });
    expect(await hallwayIds(viewer.id)).toContain(audible.id);
  });
});

describe("POST /api/rooms", () => {
  it("room input is validated with clear field errors", async () => {
    const member = await createTestUser(db);
    const cookie = await sessionCookie(member.id);
    const before = await db.room.count();

    const response = await post(
      {
        title: "",
        topic: "KNITTING",
        visibility: "CLUB",
        speakerLimit: 0,
        start: "later",
        scheduledFor: "2001-01-01T10:00",
      },
      cookie,
    );
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as {
      error: { code: string; fields: Record<string, string[]> };
    };
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.fields.title).toEqual(["Give the room a title."]);
    expect(error.fields.topic).toEqual(["Choose a topic."]);
    expect(error.fields.speakerLimit).toEqual(["Allow at least 1 speaker."]);

    const later = await post(
      {
        title: "Later",
        topic: "TECH",
        visibility: "CLUB",
        start: "later",
        scheduledFor: "2001-01-01T10:00",
      },
      cookie,
    );
    const laterError = (await later.json()) as { error: { fields: Record<string, string[]> } };
    expect(laterError.error.fields.scheduledFor).toEqual(["Pick a time in the future."]);
    expect(laterError.error.fields.clubId).toEqual(["Choose the club this room belongs to."]);

    const long = await post({ title: "x".repeat(81), topic: "TECH", visibility: "OPEN" }, cookie);
    expect(long.status).toBe(422);
    expect(await db.room.count()).toBe(before);

    expect((await post({ title: "Hi", topic: "TECH", visibility: "OPEN" })).status).toBe(401);
    expect(await db.room.count()).toBe(before);

    const created = await post({ title: "Hello", topic: "TECH", visibility: "OPEN" }, cookie);
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: string };
    const room = await db.room.findUniqueOrThrow({
      where: { id },
      select: { status: true, participants: { select: { userId: true, role: true } } },
    });
    expect(room.status).toBe("LIVE");
    expect(room.participants).toEqual([{ userId: member.id, role: "HOST" }]);
  });
});

describe("one-to-one rooms", () => {
  it("opens a closed room for two mutual followers and nobody else", async () => {
    const [alex, blair, casey, outsider] = await fourMembers();
    await db.follow.createMany({
      data: [
        { followerId: alex.id, followeeId: blair.id },
        { followerId: blair.id, followeeId: alex.id },
        { followerId: alex.id, followeeId: casey.id },
      ],
    });
    const room = await startPrivateRoom({ actorId: alex.id, otherUserId: blair.id });
    expect(await canSee(blair.id, room.id)).toBe(true);
    expect(await canSee(outsider.id, room.id)).toBe(false);
    const participants = await db.roomParticipant.findMany({
      where: { roomId: room.id },
      select: { userId: true, role: true },
      orderBy: { role: "asc" },
    });
    expect(participants).toEqual([
      { userId: alex.id, role: "HOST" },
      { userId: blair.id, role: "SPEAKER" },
    ]);

    // Following is not enough: it has to be mutual.
    await expect(
      startPrivateRoom({ actorId: alex.id, otherUserId: casey.id }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("scheduled rooms", () => {
  it("only the host starts, edits or cancels a scheduled room, and only once", async () => {
    const [host, member] = await fourMembers();
    const inAnHour = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const room = await createRoom({
      actorId: host.id,
      input: roomInput({ start: "later", scheduledFor: inAnHour, title: "Planned" }),
    });
    expect(room.status).toBe("SCHEDULED");
    expect((await findHallway({ viewerId: member.id })).upcoming.map((r) => r.id)).toContain(
      room.id,
    );

    const edit = {
      title: "Renamed",
      description: "",
      topic: "GAMES" as const,
      scheduledFor: new Date(inAnHour),
      handRaisingOn: true,
      speakerLimit: 5,
    };
    await expect(
      updateScheduledRoom({ actorId: member.id, roomId: room.id, input: edit }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(startScheduledRoom({ actorId: member.id, roomId: room.id })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await expect(
      cancelScheduledRoom({ actorId: member.id, roomId: room.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      await db.room.findUniqueOrThrow({
        where: { id: room.id },
        select: { title: true, status: true },
      }),
    ).toEqual({ title: "Planned", status: "SCHEDULED" });

    await updateScheduledRoom({ actorId: host.id, roomId: room.id, input: edit });
    await startScheduledRoom({ actorId: host.id, roomId: room.id });
    await expect(startScheduledRoom({ actorId: host.id, roomId: room.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(cancelScheduledRoom({ actorId: host.id, roomId: room.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const live = await db.room.findUniqueOrThrow({
      where: { id: room.id },
      select: { title: true, status: true, startedAt: true },
    });
    expect(live).toMatchObject({ title: "Renamed", status: "LIVE" });
    expect(live.startedAt).toBeInstanceOf(Date);
    expect(await hallwayIds(member.id)).toContain(room.id);
  });
});

describe("bans in the hallway", () => {
  it("a room a member was removed from leaves their hallway but no one else's", async () => {
    const [host, removed, other] = await fourMembers();
    const room = await createLiveRoom(db, { hostId: host.id });
    await db.room.update({ where: { id: room.id }, data: { listenerCount: 10_000 } });
    await db.roomParticipant.create({
      data: { roomId: room.id, userId: removed.id, bannedAt: new Date(), bannedById: host.id },
    });
    expect(await hallwayIds(removed.id)).not.toContain(room.id);
    expect(await hallwayIds(other.id)).toContain(room.id);
  });
});
