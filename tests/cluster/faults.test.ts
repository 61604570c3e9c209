// Faults people must not notice, on a real cluster (scripts/lib/cluster.sh): Redis, two
// livekit-server nodes behind HAProxy, two app instances behind HAProxy, one PostgreSQL. The tests
// share that cluster and run in this order; each one that breaks something puts it back.
import { dispose } from "@livekit/rtc-node";
import { afterAll, describe, expect, test } from "vitest";
import {
  appLogLines,
  cluster,
  haproxy,
  hostingNode,
  killHard,
  postgres,
  restart,
  signalConnections,
  waitFor,
  type NodeName,
} from "./support/cluster";
import type { Member } from "./support/member";
import { db, newMember, newRoom } from "./support/people";

const everyone: Member[] = [];
async function member(): Promise<Member> {
  const created = await newMember();
  everyone.push(created);
  return created;
}
async function room(title?: string) {
  const created = await newRoom(title);
  everyone.push(created.host);
  return created;
}

afterAll(async () => {
  await Promise.all(everyone.map((one) => one.leave()));
  await db.$disconnect();
  await dispose();
});

// A stream that stopped would be silent for seconds; on a loaded 2-core machine the test process's
// own event loop delays delivered frames by up to ~0.6 s, which is not the audio stopping.
const AUDIO_GAP_LIMIT_MS = 1_500;

const otherNode = (name: NodeName): NodeName => (name === "lk1" ? "lk2" : "lk1");

describe("LiveKit cluster", () => {
  test("a speaker on one LiveKit node and a listener on another hear each other", async () => {
    const { roomId, host } = await room();
    await host.join(roomId, cluster.nodeUrls.lk1);
    await host.speak();
    const listener = await member();
    await listener.join(roomId, cluster.nodeUrls.lk2);
    expect(listener.role).toBe("listener");
    await waitFor("the listener on node 2 to hear the speaker on node 1", () =>
      listener.hears([host]),
    );

    // Invited and accepting, the listener (still on node 2) speaks and the host on node 1 hears them.
    const invited = await host.api("POST", `/api/rooms/${roomId}/stage/invite`, {
      userId: listener.id,
    });
    expect(invited.status).toBe(200);
    expect((await listener.api("POST", `/api/rooms/${roomId}/stage/invitation`)).status).toBe(200);
    await waitFor("the new speaker's role to arrive", () => listener.role === "speaker");
    await listener.speak();
    await waitFor("the host on node 1 to hear the speaker on node 2", () => host.hears([listener]));
  });

  test("rooms are spread across the LiveKit nodes", async () => {
    // The nodes place a new room on the node with the fewest rooms (docker-compose.yml's
    // node_selector, sort_by: rooms), as each node last reported it: every 2 s (LiveKit's
    // stats_update_interval). So the rooms stay open, and each next one is opened after a report;
    // five, so rooms an earlier test left on one node cannot take all of them.
    const ROOMS = 5;
    const STATS_REPORTED_MS = 2_500;
    const hosted: NodeName[] = [];
    const hosts: Member[] = [];
    const before = { lk1: await signalConnections("lk1"), lk2: await signalConnections("lk2") };
    for (let i = 0; i < ROOMS; i++) {
      const { roomId, host } = await room(`Spread ${i}`);
      hosts.push(host);
      // Joining through the load balancer: the app creates the room, LiveKit picks its node.
      await host.join(roomId);
      await waitFor(
        "the room to have a node",
        async () => (await hostingNode(roomId)) !== undefined,
      );
      const node = await hostingNode(roomId);
      if (node) hosted.push(node);
      await new Promise((resolve) => setTimeout(resolve, STATS_REPORTED_MS));
    }
    await Promise.all(hosts.map((host) => host.leave()));
    // Gone from the load balancer too, so the next test counts only its own connections.
    await waitFor(
      "the hosts' signal connections to close",
      async () =>
        (await signalConnections("lk1")) <= before.lk1 &&
        (await signalConnections("lk2")) <= before.lk2,
    );
    expect(hosted).toHaveLength(ROOMS);
    expect(hosted.filter((node) => node === "lk1").length).toBeGreaterThan(0);
    expect(hosted.filter((node) => node === "lk2").length).toBeGreaterThan(0);
  });

  // What makes a node's death short for its rooms' people: their signal sockets die with it and
  // they reconnect at once, instead of sitting relayed on a surviving node until a ping fails.
  test("signal connections through the load balancer reach the node hosting their room", async () => {
    const { roomId, host } = await room("Straight to its node");
    await host.join(roomId);
    const node = await hostingNode(roomId);
    expect(node).toBeDefined();
    if (!node) return;
    const other = otherNode(node);
    const [onNode, onOther] = [await signalConnections(node), await signalConnections(other)];
    for (let i = 0; i < 3; i++) await (await member()).join(roomId);
    expect(await signalConnections(node)).toBe(onNode + 3);
    expect(await signalConnections(other)).toBe(onOther);
  });

  test("killing the LiveKit node that hosts a room brings its people back on the other node with their roles", async () => {
    const { roomId, host } = await room();
    await host.join(roomId);
    await host.speak();
    const speaker = await member();
    const listener = await member();
    await speaker.join(roomId);
    await listener.join(roomId);
    // Roles changed after the tokens were minted: a listener brought up, another with a hand up.
    expect(
      (await host.api("POST", `/api/rooms/${roomId}/stage/invite`, { userId: speaker.id })).status,
    ).toBe(200);
    expect((await speaker.api("POST", `/api/rooms/${roomId}/stage/invitation`)).status).toBe(200);
    await waitFor("the speaker's role", () => speaker.role === "speaker");
    await speaker.speak();
    expect((await listener.api("POST", `/api/rooms/${roomId}/stage/hand`)).status).toBe(200);
    await waitFor(
      "everyone to hear both speakers",
      () => listener.hears([host, speaker]) && host.hears([speaker]) && speaker.hears([host]),
    );

    const doomed = await hostingNode(roomId);
    expect(doomed).toBeDefined();
    if (!doomed) return;
    const survivor = otherNode(doomed);
    const killedAt = Date.now();
    await killHard(doomed);

    await waitFor(
      "the room to come back on the surviving node",
      async () => (await hostingNode(roomId)) === survivor,
      30_000,
    );
    await waitFor(
      "audio again at every listener",
      () => listener.hears([host, speaker]) && host.hears([speaker]) && speaker.hears([host]),
      30_000,
    );
    const recoveredMs = Date.now() - killedAt;
    console.info(`node ${doomed} killed: audio back everywhere after ${recoveredMs} ms`);

    // Everyone has the role the database says, as they see themselves and as the others see them.
    const stored = await db.roomParticipant.findMany({
      where: { roomId },
      select: { userId: true, role: true, handRaisedAt: true, leftAt: true },
    });
    const storedOf = (one: Member) => stored.find((row) => row.userId === one.id);
    expect(storedOf(host)?.role).toBe("HOST");
    expect(storedOf(speaker)?.role).toBe("SPEAKER");
    expect(storedOf(listener)?.role).toBe("LISTENER");
    await waitFor(
      "roles as the database says",
      () =>
        host.role === "host" &&
        speaker.role === "speaker" &&
        listener.role === "listener" &&
        speaker.roleSeenBy(listener) === "speaker" &&
        host.roleSeenBy(listener) === "host" &&
        listener.roleSeenBy(host) === "listener" &&
        (listener.attributesSeenBy(host)?.handRaisedAt ?? "") ===
          (storedOf(listener)?.handRaisedAt?.toISOString() ?? "-"),
    );
    expect(storedOf(listener)?.handRaisedAt).not.toBeNull();
    // Nobody is shown as gone.
    await waitFor("presence to show all three in the room", async () => {
      const present = await db.roomParticipant.count({ where: { roomId, leftAt: null } });
      return present === 3;
    });

    await restart(doomed);
    await Promise.all([host.leave(), speaker.leave(), listener.leave()]);
  });

  test("killing one app instance interrupts neither audio nor moderation", async () => {
    const { roomId, host } = await room();
    await host.join(roomId);
    await host.speak();
    const listeners = [await member(), await member()];
    for (const listener of listeners) await listener.join(roomId);
    await waitFor("listeners to hear the host", () => listeners.every((one) => one.hears([host])));
    for (const listener of listeners) listener.resetGaps();

    // Every few hundred ms a listener raises or lowers their hand and the host reads the log and
    // moves someone on or off the stage, across the kill; each call may be retried once.
    const failures: string[] = [];
    let calls = 0;
    let killedAt = Number.POSITIVE_INFINITY;
    let callsAfterKill = 0;
    let moderating = true;
    const moderation = (async () => {
      let round = 0;
      while (moderating) {
        const listener = listeners[round % 2];
        if (!listener) break;
        const steps = [
          () => listener.api(round % 4 < 2 ? "POST" : "DELETE", `/api/rooms/${roomId}/stage/hand`),
          () => host.api("GET", `/api/rooms/${roomId}/stage/log`),
          () => host.api("POST", `/api/rooms/${roomId}/chat`, { text: `round ${round}` }),
        ];
        for (const step of steps) {
          const result = await step();
          calls += 1;
          if (Date.now() > killedAt) callsAfterKill += 1;
          if (result.status >= 500 || result.status === 0) failures.push(`${result.status}`);
        }
        round += 1;
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    })();

    await new Promise((resolve) => setTimeout(resolve, 1_500));
    killedAt = Date.now();
    await killHard("app1");
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    moderating = false;
    await moderation;

    // Calls kept going while HAProxy found out (two failed checks, 1 s apart) and after.
    expect(callsAfterKill).toBeGreaterThanOrEqual(6);
    expect(calls).toBeGreaterThan(callsAfterKill);
    expect(failures).toEqual([]);
    for (const listener of listeners) {
      expect(listener.hears([host])).toBe(true);
      expect(listener.longestGap.get(host.id) ?? Infinity).toBeLessThan(AUDIO_GAP_LIMIT_MS);
    }
    await restart("app1");
    await Promise.all([host.leave(), ...listeners.map((one) => one.leave())]);
  });

  test("a PostgreSQL restart during a live room loses no write and answers 503 while down", async () => {
    const { roomId, host } = await room();
    await host.join(roomId);
    await host.speak();
    const listeners = [await member(), await member(), await member()];
    for (const listener of listeners) await listener.join(roomId);
    await waitFor("listeners to hear the host", () => listeners.every((one) => one.hears([host])));

    // Acknowledged writes right up to the moment the database goes away.
    for (const listener of listeners) {
      expect((await listener.api("POST", `/api/rooms/${roomId}/stage/hand`)).status).toBe(200);
    }
    const first = listeners[0];
    if (!first) return;
    expect(
      (await host.api("POST", `/api/rooms/${roomId}/stage/invite`, { userId: first.id })).status,
    ).toBe(200);
    expect((await first.api("POST", `/api/rooms/${roomId}/stage/invitation`)).status).toBe(200);
    for (const listener of listeners) listener.resetGaps();

    await postgres("stop");
    const whileDown = [];
    for (let i = 0; i < 5; i++) {
      whileDown.push(await listeners[1]?.api("DELETE", `/api/rooms/${roomId}/stage/hand`));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await postgres("start");

    for (const answer of whileDown) {
      expect(answer?.status).toBe(503);
      expect(Number(answer?.retryAfter)).toBeGreaterThan(0);
    }
    // The app is back on its own, with no restart.
    await waitFor("the app to answer again", async () => {
      const answer = await host.api("GET", `/api/rooms/${roomId}/stage/log`);
      return answer.status === 200;
    });
    const rows = await db.roomParticipant.findMany({
      where: { roomId, userId: { in: listeners.map((one) => one.id) } },
      select: { userId: true, role: true, handRaisedAt: true },
    });
    for (const listener of listeners.slice(1)) {
      expect(rows.find((row) => row.userId === listener.id)?.handRaisedAt).not.toBeNull();
    }
    expect(rows.find((row) => row.userId === first.id)?.role).toBe("SPEAKER");
    expect(
      await db.moderationEvent.count({
        where: { roomId, action: "INVITE_TO_SPEAK", targetId: first.id },
      }),
    ).toBe(1);
    // Audio never depended on the database.
    for (const listener of listeners) {
      expect(listener.hears([host])).toBe(true);
      expect(listener.longestGap.get(host.id) ?? Infinity).toBeLessThan(AUDIO_GAP_LIMIT_MS);
    }
    await Promise.all([host.leave(), ...listeners.map((one) => one.leave())]);
  });

  test("presence is repaired within a minute after webhooks were lost", async () => {
    const { roomId, host } = await room();
    await host.join(roomId);
    const leaver = await member();
    await leaver.join(roomId);
    await waitFor("presence to show both", async () => {
      const present = await db.roomParticipant.count({ where: { roomId, leftAt: null } });
      return present === 2;
    });

    // LiveKit can no longer reach the app's webhook (every instance is cut off from it).
    for (const server of ["app1", "app2"]) await haproxy(`disable server webhooks/${server}`);
    await leaver.leave();
    // Longer than LiveKit retries a webhook (4 retries, 1+2+4+8 s), so the "left" event is lost.
    await new Promise((resolve) => setTimeout(resolve, 18_000));
    const stale = await db.roomParticipant.findFirst({
      where: { roomId, userId: leaver.id },
      select: { leftAt: true },
    });
    expect(stale?.leftAt).toBeNull();

    for (const server of ["app1", "app2"]) await haproxy(`enable server webhooks/${server}`);
    const reachableAt = Date.now();
    await waitFor(
      "the sweep to mark the leaver gone",
      async () => {
        const row = await db.roomParticipant.findFirst({
          where: { roomId, userId: leaver.id },
          select: { leftAt: true },
        });
        return row?.leftAt !== null && row?.leftAt !== undefined;
      },
      60_000,
    );
    console.info(`presence repaired ${Date.now() - reachableAt} ms after webhooks came back`);
    const counts = await db.room.findUnique({
      where: { id: roomId },
      select: { listenerCount: true, speakerCount: true },
    });
    expect(counts).toEqual({ listenerCount: 0, speakerCount: 1 });
    await host.leave();
  });

  test("the presence sweep runs once per interval across app instances", async () => {
    const sweepLines = async () =>
      (await appLogLines()).filter((line) => line.startsWith("presence sweep:")).length;
    const intervalMs = cluster.sweepSeconds * 1000;
    const before = await sweepLines();
    const windowMs = 2.5 * intervalMs;
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const ran = (await sweepLines()) - before;
    // Each instance looks twice per interval; without the cluster-wide claim two instances would
    // sweep about 2 × 2 × 2.5 = 10 times in this window.
    expect(ran).toBeGreaterThanOrEqual(1);
    expect(ran).toBeLessThanOrEqual(Math.ceil(windowMs / intervalMs));
  });
});
