// Live notifications across app instances (docs/deploy.md): a tab streams from one instance while
// the room that concerns it is started through the other. Shares the cluster with faults.test.ts,
// whose tests each put back what they break.
import { afterAll, describe, expect, test } from "vitest";
import { serverEvents } from "../fixtures/server-events";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser } from "../fixtures/users";
import { cluster } from "./support/cluster";
import { db } from "./support/people";

afterAll(async () => {
  await db.$disconnect();
});

describe("notifications on a cluster", () => {
  test("notifications reach a tab served by another app instance", async () => {
    const host = await createTestUser(db, { displayName: "Cluster Host" });
    const follower = await createTestUser(db);
    await db.follow.create({ data: { followerId: follower.id, followeeId: host.id } });

    const tab = new AbortController();
    const stream = await fetch(`${cluster.appUrls.app1}/api/notifications/stream`, {
      headers: { cookie: await sessionCookie(follower.id) },
      signal: tab.signal,
    });
    expect(stream.status).toBe(200);
    if (!stream.body) throw new Error("the stream has no body");
    const next = serverEvents(stream.body);
    try {
      expect(await next()).toEqual({ event: "unread", data: { unread: 0 } });

      const started = await fetch(`${cluster.appUrls.app2}/api/rooms`, {
        method: "POST",
        headers: {
          cookie: await sessionCookie(host.id),
          "content-type": "application/json",
          // The app accepts writes from its public origin, the load balancer's (src/proxy.ts).
          origin: new URL(cluster.appUrl).origin,
        },
        body: JSON.stringify({ title: "Started on app2", topic: "TECH", visibility: "OPEN" }),
      });
      expect(started.status).toBe(200);
      const room = (await started.json()) as { id: string };

      expect(await next()).toMatchObject({
        event: "notification",
        data: {
          kind: "ROOM_STARTED",
          actor: { displayName: "Cluster Host" },
          room: { id: room.id, title: "Started on app2" },
        },
      });
    } finally {
      tab.abort();
    }
  });
});
