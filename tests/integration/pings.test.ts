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
  host: TestUser,
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

async function follows(follower: TestUser, followee: TestUser) {
  await db.follow.create({ data: { followerId: follower.id, followeeId: followee.id } });
}

async function pingsOf(userId: string) {
  const { items } = await listNotifications({ userId });
  return items.filter((item) => item.kind === "PING");
}

describe("pings", () => {
  it("pings are capped per person per hour", async () => {
    const pinged = await createTestUser(db, { displayName: "Pia Pinged" });
    const hosts = await Promise.all(
      Array.from({ length: PINGS_RECEIVED_PER_HOUR + 2 }, () => createTestUser(db)),
    );
    const rooms = await Promise.all(hosts.map((host) => liveRoomWith(host)));
    await Promise.all(hosts.map((host) => follows(pinged, host)));

    // Four people ping her into their rooms at the same moment: three get through, whichever
    // they are, and the fourth is told she has had enough for this hour.
    const first = hosts.slice(0, PINGS_RECEIVED_PER_HOUR + 1);
    const outcomes = await Promise.allSettled(
      first.map((host, index) =>
        pingFollower({ roomId: rooms[index]!.id, pingerId: host.id, pingedId: pinged.id }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(
      PINGS_RECEIVED_PER_HOUR,
    );
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(refused.map((outcome) => outcome.reason)).toMatchObject([
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
    const last = hosts.length - 1;
    await pingFollower({ roomId: rooms[last]!.id, pingerId: hosts[last]!.id, pingedId: pinged.id });
    expect((await pingsOf(pinged.id))[0]).toMatchObject({
      actor: { id: hosts[last]!.id },
      room: { id: rooms[last]!.id, live: true },
    });
  });

  it("one member's pings are capped per hour too, and nobody is pinged into a room twice", async () => {
    const pinger = await createTestUser(db);
    const room = await liveRoomWith(pinger);
    const others = await createLiveRoom(db, { hostId: pinger.id });
    // Pings sent into another room this hour, to people who have all been pinged once (made in
    // one statement: they never sign in).
    const earlier = await db.user.createManyAndReturn({
      data: Array.from({ length: PINGS_SENT_PER_HOUR }, (_, index) => ({
        email: `pinged-${index}-${room.id}@example.test`,
        username: `p${index}_${room.id.slice(-10)}`,
        displayName: `Pinged ${index}`,
        passwordHash: "x",
      })),
      select: { id: true },
    });
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
