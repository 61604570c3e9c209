import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { listNotifications } from "@/server/notifications/list-notifications";
import { listPingableFollowers } from "@/server/pings/list-pingable-followers";
import {
  PINGS_RECEIVED_PER_HOUR,
  PINGS_SENT_PER_HOUR,
  pingFollower,
} from "@/server/pings/ping-follower";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser, type TestUser } from "../fixtures/users";

type Role = "HOST" | "MODERATOR" | "SPEAKER" | "LISTENER";

/** A live room with `host` present, and whoever else is given present in it with their role. */
async function liveRoomWith(
  host: { id: string },
  others: [TestUser, Role][] = [],
  visibility: "OPEN" | "CLUB" | "CLOSED" = "OPEN",
) {
  const room = await createLiveRoom(db, { hostId: host.id, visibility });
  await db.roomParticipant.update({
    where: { roomId_userId: { roomId: room.id, userId: host.id } },
    data: { leftAt: null },
  });
  await db.roomParticipant.createMany({
    data: others.map(([person, role]) => ({ roomId: room.id, userId: person.id, role })),
  });
  return room;
}

/** Members who never sign in, made in one statement (no password to hash). */
function quickMembers(count: number) {
  const tag = crypto.randomUUID().slice(-12);
  return db.user.createManyAndReturn({
    data: Array.from({ length: count }, (_, index) => ({
      email: `pings-${index}-${tag}@example.test`,
      username: `p${index}_${tag}`,
      displayName: `Member ${index} ${tag.slice(0, 4)}`,
      passwordHash: "x",
    })),
    select: { id: true },
  });
}

async function follows(follower: { id: string }, followee: { id: string }) {
  await db.follow.create({ data: { followerId: follower.id, followeeId: followee.id } });
}

async function pingsOf(userId: string) {
  const { items } = await listNotifications({ userId });
  return items.filter((item) => item.kind === "PING");
}

describe("pings", () => {
  it("pings are capped per person per hour", async () => {
    const pinged = await createTestUser(db, { displayName: "Pia Pinged" });
    // Each host is live in their own room, which she may enter: she follows them all.
    const seats = await Promise.all(
      Array.from({ length: PINGS_RECEIVED_PER_HOUR + 2 }, async () => {
        const [host] = await quickMembers(1);
        if (!host) throw new Error("no host");
        await follows(pinged, host);
        return { host, room: await liveRoomWith(host) };
      }),
    );
    const ping = ({ host, room }: (typeof seats)[number]) =>
      pingFollower({ roomId: room.id, pingerId: host.id, pingedId: pinged.id });

    // Four people ping her into their rooms at the same moment: three get through, whichever
    // they are, and the fourth is told she has had enough for this hour.
    const outcomes = await Promise.allSettled(
      seats.slice(0, PINGS_RECEIVED_PER_HOUR + 1).map(ping),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(
      PINGS_RECEIVED_PER_HOUR,
    );
    const refusals = outcomes.flatMap((outcome): unknown[] =>
      outcome.status === "rejected" ? [outcome.reason] : [],
    );
    expect(refusals).toMatchObject([
      {
        code: "RATE_LIMITED",
        status: 429,
        userMessage: "Pia Pinged has had enough pings this hour. Try again later.",
      },
    ]);
    expect(await pingsOf(pinged.id)).toHaveLength(PINGS_RECEIVED_PER_HOUR);

    // An hour on, the oldest ping no longer counts: the last host gets through.
    const oldest = await db.ping.findFirstOrThrow({
      where: { pingedId: pinged.id },
      orderBy: { createdAt: "asc" },
    });
    await db.ping.update({
      where: { id: oldest.id },
      data: { createdAt: new Date(Date.now() - 61 * 60_000) },
    });
    const last = seats.at(-1);
    if (!last) throw new Error("no seats");
    await ping(last);
    expect((await pingsOf(pinged.id))[0]).toMatchObject({
      actor: { id: last.host.id },
      room: { id: last.room.id, live: true },
    });
  });

  it("one member's pings are capped per hour too, and nobody is pinged into a room twice", async () => {
    const pinger = await createTestUser(db);
    const room = await liveRoomWith(pinger);
    const others = await createLiveRoom(db, { hostId: pinger.id });
    // Pings sent into another room this hour, to people who have all been pinged once.
    const earlier = await quickMembers(PINGS_SENT_PER_HOUR);
    await db.ping.createMany({
      data: earlier.map((person) => ({
        roomId: others.id,
        pingerId: pinger.id,
        pingedId: person.id,
      })),
    });
    const fan = await createTestUser(db, { displayName: "Fay Fan" });
    await follows(fan, pinger);
    await expect(
      pingFollower({ roomId: room.id, pingerId: pinger.id, pingedId: fan.id }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });

    await db.ping.deleteMany({ where: { pingerId: pinger.id } });
    await pingFollower({ roomId: room.id, pingerId: pinger.id, pingedId: fan.id });
    await expect(
      pingFollower({ roomId: room.id, pingerId: pinger.id, pingedId: fan.id }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: "Fay Fan was already pinged into this room.",
    });
    expect(await listPingableFollowers({ roomId: room.id, actorId: pinger.id })).toEqual({
      people: [expect.objectContaining({ id: fan.id, pinged: true })],
    });
  });

  it("pings follow the room's access rule, blocks and mutes", async () => {
    const host = await createTestUser(db);
    const listener = await createTestUser(db);
    const speaker = await createTestUser(db);
    const guest = await createTestUser(db);
    const outsider = await createTestUser(db);
    const blocker = await createTestUser(db);
    const muter = await createTestUser(db);
    for (const person of [guest, outsider, blocker, muter]) {
      await follows(person, listener);
      await follows(person, speaker);
    }
    await db.block.create({ data: { blockerId: blocker.id, blockedId: speaker.id } });
    await db.mutedPerson.create({ data: { userId: muter.id, mutedId: speaker.id } });

    // A closed room: its guest may come in, the outsider may not; only the stage pings.
    const room = await liveRoomWith(
      host,
      [
        [listener, "LISTENER"],
        [speaker, "SPEAKER"],
      ],
      "CLOSED",
    );
    await db.roomInvite.createMany({
      data: [listener, speaker, guest, blocker, muter].map((person) => ({
        roomId: room.id,
        userId: person.id,
      })),
    });
    await expect(
      listPingableFollowers({ roomId: room.id, actorId: listener.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "pingFromStageOnly" });
    const { people } = await listPingableFollowers({ roomId: room.id, actorId: speaker.id });
    expect(people.map((person) => person.id).sort()).toEqual([guest.id, muter.id].sort());
    await expect(
      pingFollower({ roomId: room.id, pingerId: speaker.id, pingedId: outsider.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "pingNotPossible" });
    await expect(
      pingFollower({ roomId: room.id, pingerId: speaker.id, pingedId: blocker.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "pingNotPossible" });

    // The guest is told; the member who muted the speaker is not, and the speaker cannot tell.
    await pingFollower({ roomId: room.id, pingerId: speaker.id, pingedId: guest.id });
    await pingFollower({ roomId: room.id, pingerId: speaker.id, pingedId: muter.id });
    expect(await pingsOf(guest.id)).toMatchObject([{ actor: { id: speaker.id } }]);
    expect(await pingsOf(muter.id)).toEqual([]);
  });
});
