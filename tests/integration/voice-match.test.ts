import {
  AudioSource,
  LocalAudioTrack,
  Room,
  TrackPublishOptions,
  TrackSource,
} from "@livekit/rtc-node";
import { afterEach, describe, expect, it } from "vitest";
import { matchRoomName } from "@/lib/match/match-api";
import type { RoomTopic } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { roomService } from "@/server/livekit/room-service";
import { decideMatch } from "@/server/match/decide-match";
import { findMatch } from "@/server/match/find-match";
import { getMatchStatus } from "@/server/match/get-match-status";
import { joinMatch } from "@/server/match/join-match";
import { optInToMatch } from "@/server/match/opt-in-to-match";
import { skipMatch } from "@/server/match/skip-match";
import { blockUser } from "@/server/users/block-user";
import { createTestUser } from "../fixtures/users";

// Each test uses its own interest where it needs nobody else in the queue: the file's tests share
// one database, and an interest nobody else picked keeps their queues apart.

const connected: Room[] = [];
afterEach(async () => {
  await Promise.all(connected.splice(0).map((room) => room.disconnect()));
});

async function optedIn(topics: RoomTopic[]) {
  const user = await createTestUser(db);
  await optInToMatch({ userId: user.id, input: { adult: true, topics } });
  return user;
}

async function connectToMatch(matchId: string, userId: string): Promise<Room> {
  const { serverUrl, token } = await joinMatch({ matchId, userId });
  const room = new Room();
  connected.push(room);
  await room.connect(serverUrl, token, { autoSubscribe: true, dynacast: false });
  const track = LocalAudioTrack.createAudioTrack("mic", new AudioSource(48_000, 1));
  await room.localParticipant?.publishTrack(
    track,
    new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }),
  );
  return room;
}

async function activeMatchesOf(userIds: string[]) {
  return db.match.findMany({
    where: { endedAt: null, OR: [{ aId: { in: userIds } }, { bId: { in: userIds } }] },
    select: { aId: true, bId: true },
  });
}

describe("voice match", () => {
  it("a member is never in two matches at once even when matching runs concurrently", async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => optedIn(["GAMES"])));
    const ids = people.map((person) => person.id);
    // Everyone taps "Find someone" at the same moment, several times over (two tabs, two app
    // instances): every call runs its own transaction on its own pooled connection.
    await Promise.all(
      [...ids, ...ids, ...ids].map((userId) => findMatch({ userId }).catch(() => null)),
    );
    // Waiting people's polls pair them too; run them concurrently as well.
    await Promise.all(ids.map((userId) => getMatchStatus({ userId })));
    // SKIP LOCKED lets two waiters pass over each other's locked tickets in the same instant; the
    // page polls again every 250 ms, and a later poll pairs them. One more round, one at a time.
    for (const userId of ids) await getMatchStatus({ userId });

    const matches = await activeMatchesOf(ids);
    const seats = matches.flatMap((match) => [match.aId, match.bId]);
    expect(new Set(seats).size).toBe(seats.length);
    // Twelve people with one shared interest all end up paired.
    expect(seats.length).toBe(12);
    const stillWaiting = await db.matchTicket.count({
      where: { userId: { in: ids }, waitingSince: { not: null } },
    });
    expect(stillWaiting).toBe(0);
  });

  it("only a mutual Connect makes a match follow each other", async () => {
    const [ann, ben] = [await optedIn(["TECH"]), await optedIn(["TECH", "CULTURE"])];
    await findMatch({ userId: ann.id });
    const found = await findMatch({ userId: ben.id });
    if (!found) throw new Error("expected a match");
    const follows = () =>
      db.follow.count({
        where: { followerId: { in: [ann.id, ben.id] }, followeeId: { in: [ann.id, ben.id] } },
      });

    // Each sees only the other's first name and the interests they share, not who they are.
    const seen = await getMatchStatus({ userId: ann.id });
    expect(seen).toMatchObject({
      state: "matched",
      match: { sharedTopics: ["TECH"], username: null, connected: false },
    });

    expect(
      await decideMatch({ matchId: found.matchId, userId: ann.id, decision: "CONNECT" }),
    ).toEqual({ connected: false });
    expect(await follows()).toBe(0);
    expect(await decideMatch({ matchId: found.matchId, userId: ben.id, decision: "PASS" })).toEqual(
      { connected: false },
    );
    expect(await follows()).toBe(0);
    // Changing one's mind to Connect, with the other's Connect standing, is a mutual Connect.
    const [first, second] = await Promise.all([
      decideMatch({ matchId: found.matchId, userId: ben.id, decision: "CONNECT" }),
      decideMatch({ matchId: found.matchId, userId: ann.id, decision: "CONNECT" }),
    ]);
    expect(first.connected || second.connected).toBe(true);
    expect(await follows()).toBe(2);
    const after = await getMatchStatus({ userId: ben.id });
    expect(after).toMatchObject({
      state: "matched",
      match: { connected: true, username: ann.username },
    });

    // Someone else cannot decide for them.
    const stranger = await createTestUser(db);
    await expect(
      decideMatch({ matchId: found.matchId, userId: stranger.id, decision: "CONNECT" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("skip ends the call for both and returns the skipper to the queue", async () => {
    const [cat, dan] = [await optedIn(["SPORTS"]), await optedIn(["SPORTS"])];
    await findMatch({ userId: cat.id });
    const found = await findMatch({ userId: dan.id });
    if (!found) throw new Error("expected a match");
    const roomName = matchRoomName(found.matchId);
    await Promise.all([
      connectToMatch(found.matchId, cat.id),
      connectToMatch(found.matchId, dan.id),
    ]);
    await expect.poll(async () => (await roomService().listParticipants(roomName)).length).toBe(2);

    const next = await skipMatch({ matchId: found.matchId, userId: dan.id });
    // Nobody else likes sports right now, and Cat was just matched with Dan today.
    expect(next).toBeNull();
    // The LiveKit room is gone, so both are out of the call at once.
    const rooms = await roomService().listRooms([roomName]);
    expect(rooms).toHaveLength(0);
    await expect.poll(() => connected.every((room) => !room.isConnected)).toBe(true);

    expect(await getMatchStatus({ userId: dan.id })).toMatchObject({ state: "waiting" });
    expect(await getMatchStatus({ userId: cat.id })).toMatchObject({
      state: "matched",
      match: { endedReason: "SKIPPED" },
    });
    // No token for a call that ended.
    await expect(joinMatch({ matchId: found.matchId, userId: cat.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // The skipper is paired with the next person who fits, not with the one they skipped.
    await findMatch({ userId: cat.id });
    const eve = await optedIn(["SPORTS"]);
    const again = await findMatch({ userId: eve.id });
    expect(again).not.toBeNull();
    const pair = await db.match.findUniqueOrThrow({ where: { id: again?.matchId ?? "" } });
    expect([pair.aId, pair.bId]).toEqual([dan.id, eve.id]);
  });

  it("people who blocked each other are never matched", async () => {
    const [fay, gus] = [await optedIn(["BUSINESS"]), await optedIn(["BUSINESS"])];
    await blockUser({ actorId: gus.id, username: fay.username });
    await findMatch({ userId: fay.id });
    expect(await findMatch({ userId: gus.id })).toBeNull();
    expect(await getMatchStatus({ userId: fay.id })).toMatchObject({ state: "waiting" });
    expect(await getMatchStatus({ userId: gus.id })).toMatchObject({ state: "waiting" });
    // Someone else with the interest is matched with the one waiting longest instead.
    const hal = await optedIn(["BUSINESS"]);
    const found = await findMatch({ userId: hal.id });
    const match = await db.match.findUniqueOrThrow({ where: { id: found?.matchId ?? "" } });
    expect([match.aId, match.bId]).toEqual([fay.id, hal.id]);
    expect(await activeMatchesOf([gus.id])).toHaveLength(0);
  });
});
