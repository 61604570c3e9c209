import { describe, expect, it } from "vitest";
import { createRoomSchema, roomGuestsSchema } from "@/lib/validations/rooms";
import { db } from "@/server/db";
import { setRsvp } from "@/server/events/set-rsvp";
import { joinRoom } from "@/server/live/join-room";
import { listNotifications } from "@/server/notifications/list-notifications";
import { createRoom } from "@/server/rooms/create-room";
import { getEvent } from "@/server/rooms/get-event";
import { setRoomGuests } from "@/server/rooms/set-room-guests";
import { startScheduledRoom } from "@/server/rooms/start-scheduled-room";
import { createTestUser, type TestUser } from "../fixtures/users";

// Co-hosted events (docs/events.md): the schedule form's fields go through the same schema and use
// case as the form, the room goes live by a co-host's hand, and joins run the real join statement
// against the real LiveKit server of the test services.

async function kindsFor(user: TestUser) {
  return (await listNotifications({ userId: user.id })).items.map((item) => item.kind);
}

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000).toISOString();

type Schedule = {
  host: TestUser;
  visibility?: "OPEN" | "CLOSED";
  cohosts?: TestUser[];
  speakers?: TestUser[];
};

async function schedule({ host, visibility = "OPEN", cohosts = [], speakers = [] }: Schedule) {
  const input = createRoomSchema.parse({
    title: "Founders' AMA",
    description: "Three founders on their first hire.",
    topic: "BUSINESS",
    visibility,
    start: "later",
    scheduledFor: inAnHour(),
    // As a host types them: with or without "@", commas or spaces.
    cohosts: cohosts.map((user) => `@${user.username}`).join(", "),
    speakers: speakers.map((user) => user.username).join(" "),
  });
  return createRoom({ actorId: host.id, input });
}

describe("co-hosted events", () => {
  it(
    "co-hosts named when scheduling are moderators from the start",
    { timeout: 30_000 },
    async () => {
      const [host, cohost, speaker, member, stranger] = await Promise.all([
        createTestUser(db),
        createTestUser(db),
        createTestUser(db),
        createTestUser(db),
        createTestUser(db),
      ]);
      const room = await schedule({ host, cohosts: [cohost], speakers: [speaker] });
      expect(room.status).toBe("SCHEDULED");
      // The bell tells the people named, and nobody else.
      expect(await kindsFor(cohost)).toEqual(["EVENT_COHOST"]);
      expect(await kindsFor(speaker)).toEqual(["EVENT_SPEAKER"]);
      expect(await kindsFor(member)).toEqual([]);
      await setRsvp({ actorId: member.id, roomId: room.id, going: true });

      // The event page names them, and how many asked to be notified.
      const event = await getEvent({ viewerId: member.id, roomId: room.id });
      expect(event).toMatchObject({
        description: "Three founders on their first hire.",
        cohosts: [{ username: cohost.username }],
        speakers: [{ username: speaker.username }],
        rsvpCount: 1,
        isCohost: false,
      });
      expect((await getEvent({ viewerId: cohost.id, roomId: room.id }))?.isCohost).toBe(true);

      // Only the host or a co-host may start it: not a stranger, not an invited speaker.
      for (const actor of [stranger, speaker]) {
        await expect(
          startScheduledRoom({ actorId: actor.id, roomId: room.id }),
        ).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "hostOrCohostOnly" });
      }
      expect((await db.room.findUniqueOrThrow({ where: { id: room.id } })).status).toBe(
        "SCHEDULED",
      );
      await startScheduledRoom({ actorId: cohost.id, roomId: room.id });
      expect((await db.room.findUniqueOrThrow({ where: { id: room.id } })).status).toBe("LIVE");

      expect((await joinRoom({ roomId: room.id, userId: cohost.id })).role).toBe("moderator");
      expect((await joinRoom({ roomId: room.id, userId: speaker.id })).role).toBe("speaker");
      expect((await joinRoom({ roomId: room.id, userId: member.id })).role).toBe("listener");
      expect((await joinRoom({ roomId: room.id, userId: host.id })).role).toBe("host");

      // A co-host moved to the audience stays there when they rejoin: the named role is a start.
      await db.roomParticipant.update({
        where: { roomId_userId: { roomId: room.id, userId: cohost.id } },
        data: { role: "LISTENER" },
      });
      expect((await joinRoom({ roomId: room.id, userId: cohost.id })).role).toBe("listener");
    },
  );

  it("a closed event lets its named co-hosts and speakers in, and nobody else", async () => {
    const [host, cohost, speaker, member] = await Promise.all([
      createTestUser(db),
      createTestUser(db),
      createTestUser(db),
      createTestUser(db),
    ]);
    const room = await schedule({
      host,
      visibility: "CLOSED",
      cohosts: [cohost],
      speakers: [speaker],
    });
    await startScheduledRoom({ actorId: host.id, roomId: room.id });
    expect((await joinRoom({ roomId: room.id, userId: cohost.id })).role).toBe("moderator");
    expect((await joinRoom({ roomId: room.id, userId: speaker.id })).role).toBe("speaker");
    await expect(joinRoom({ roomId: room.id, userId: member.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("the host changes a closed event's co-hosts and speakers; a co-host cannot", async () => {
    const [host, cohost, speaker, later] = await Promise.all([
      createTestUser(db),
      createTestUser(db),
      createTestUser(db),
      createTestUser(db),
    ]);
    const room = await schedule({ host, visibility: "CLOSED", cohosts: [cohost] });
    const guests = (cohosts: TestUser[], speakers: TestUser[]) => {
      const { cohosts: named, speakers: invited } = roomGuestsSchema.parse({
        roomId: room.id,
        cohosts: cohosts.map((user) => user.username),
        speakers: speakers.map((user) => user.username),
      });
      return { cohosts: named, speakers: invited };
    };

    await expect(
      setRoomGuests({ actorId: cohost.id, roomId: room.id, input: guests([cohost, later], []) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The co-host becomes a speaker, and someone new joins the hosts.
    await setRoomGuests({
      actorId: host.id,
      roomId: room.id,
      input: guests([later], [cohost, speaker]),
    });
    // Told of the new role; the unchanged are not told again.
    expect(await kindsFor(later)).toEqual(["EVENT_COHOST"]);
    expect(await kindsFor(cohost)).toEqual(["EVENT_SPEAKER", "EVENT_COHOST"]);
    const event = await getEvent({ viewerId: speaker.id, roomId: room.id });
    expect(event?.cohosts.map((user) => user.username)).toEqual([later.username]);
    expect(event?.speakers.map((user) => user.username).sort()).toEqual(
      [cohost.username, speaker.username].sort(),
    );
    await expect(startScheduledRoom({ actorId: cohost.id, roomId: room.id })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await startScheduledRoom({ actorId: later.id, roomId: room.id });
    expect((await joinRoom({ roomId: room.id, userId: later.id })).role).toBe("moderator");
    expect((await joinRoom({ roomId: room.id, userId: speaker.id })).role).toBe("speaker");
  });

  it("the schedule form refuses guests it cannot seat, naming the field", async () => {
    const [host, friend, blocker] = await Promise.all([
      createTestUser(db),
      createTestUser(db),
      createTestUser(db),
    ]);
    const base = {
      title: "Panel",
      topic: "TECH",
      visibility: "OPEN",
      start: "later",
      scheduledFor: inAnHour(),
    };
    const tooMany = createRoomSchema.safeParse({
      ...base,
      cohosts: ["aaa", "bbb", "ccc", "ddd", "eee", "fff"],
    });
    expect(tooMany.error?.issues).toMatchObject([{ path: ["cohosts"], message: "tooManyCohosts" }]);
    const twice = createRoomSchema.safeParse({
      ...base,
      cohosts: friend.username,
      speakers: `@${friend.username}`,
    });
    expect(twice.error?.issues).toMatchObject([{ path: ["speakers"], message: "guestNamedTwice" }]);

    await expect(
      createRoom({
        actorId: host.id,
        input: createRoomSchema.parse({ ...base, speakers: "nobody_here_42" }),
      }),
    ).rejects.toMatchObject({ messageKey: "unknownUsernames", field: "speakers" });

    await db.block.create({ data: { blockerId: blocker.id, blockedId: host.id } });
    await expect(
      createRoom({
        actorId: host.id,
        input: createRoomSchema.parse({ ...base, cohosts: blocker.username }),
      }),
    ).rejects.toMatchObject({ messageKey: "guestBlocked", field: "cohosts" });
    // Nothing was written for the refused schedules.
    expect(await db.room.count({ where: { createdById: host.id } })).toBe(0);
  });
});
