// The backchannel across app instances (docs/backchannel.md): a listener in a live room streams
// from one instance while the host writes to them through the other. Shares the cluster with
// faults.test.ts and notifications.test.ts.
import { afterAll, describe, expect, test } from "vitest";
import { serverEvents } from "../fixtures/server-events";
import { sessionCookie } from "../fixtures/session-cookie";
import { cluster, waitFor } from "./support/cluster";
import { db, newMember, newRoom } from "./support/people";
import type { Member } from "./support/member";

const joined: Member[] = [];

afterAll(async () => {
  await Promise.all(joined.map((member) => member.leave()));
  await db.$disconnect();
});

describe("backchannel on a cluster", () => {
  test("a backchannel message reaches a member on another app instance while they listen", async () => {
    const { roomId, host } = await newRoom("Backchannel on a cluster");
    const listener = await newMember();
    joined.push(host, listener);
    await host.join(roomId);
    await host.speak();
    await listener.join(roomId);
    await waitFor("the listener to hear the host", () => listener.hears([host]));

    const tab = new AbortController();
    const stream = await fetch(`${cluster.appUrls.app1}/api/notifications/stream`, {
      headers: { cookie: await sessionCookie(listener.id) },
      signal: tab.signal,
    });
    expect(stream.status).toBe(200);
    if (!stream.body) throw new Error("the stream has no body");
    const next = serverEvents(stream.body);
    try {
      expect(await next()).toMatchObject({ event: "unread" });

      const write = async (path: string, body: unknown) => {
        const response = await fetch(`${cluster.appUrls.app2}${path}`, {
          method: "POST",
          headers: {
            cookie: await sessionCookie(host.id),
            "content-type": "application/json",
            origin: new URL(cluster.appUrl).origin,
          },
          body: JSON.stringify(body),
        });
        expect(response.status).toBe(200);
        return (await response.json()) as { id: string };
      };
      // In the same live room, they may message without following each other.
      const thread = await write("/api/backchannel/threads", {
        usernames: [listener.user.username],
      });
      const sentAt = performance.now();
      const message = await write(`/api/backchannel/threads/${thread.id}/messages`, {
        body: "Want to come up on stage next?",
      });
      const received = await next();
      const deliveryMs = performance.now() - sentAt;
      console.log(
        `backchannel delivery across app instances (sent via app2, received on app1): ${deliveryMs.toFixed(0)} ms`,
      );

      expect(received).toMatchObject({
        event: "backchannel",
        data: {
          id: message.id,
          threadId: thread.id,
          body: "Want to come up on stage next?",
          sender: { id: host.id, displayName: host.user.displayName },
        },
      });
      // Still in the room and still hearing it: nothing of this went over LiveKit.
      expect(listener.hears([host], 1_500)).toBe(true);
      const seat = await db.roomParticipant.findUniqueOrThrow({
        where: { roomId_userId: { roomId, userId: listener.id } },
        select: { leftAt: true },
      });
      expect(seat.leftAt).toBeNull();
    } finally {
      tab.abort();
    }
  });
});
