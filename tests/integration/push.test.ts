import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRoomSchema } from "@/lib/validations/rooms";
import { db } from "@/server/db";
import { followUser } from "@/server/follows/follow-user";
import { setPersonMuted } from "@/server/notifications/set-person-muted";
import { pushDispatcher } from "@/server/push/push-dispatcher";
import { savePushSubscription } from "@/server/push/save-push-subscription";
import { sendPushes } from "@/server/push/send-pushes";
import { createRoom } from "@/server/rooms/create-room";
import { startPushReceiver, type PushReceiver } from "../support/push-receiver";
import { createTestUser } from "../fixtures/users";

// A VAPID pair for this file (from `web-push generate-vapid-keys`); read once, on first use.
const VAPID = vi.hoisted(() => {
  const keys = {
    publicKey:
      "BL6C-qxGmWsek1QQrHycezOFyWQjxVBioyhJtvXsmNxKTgMQm5IpiAo1tFh-nScqPSwP_jWFoVodNCS6-mB9ow8",
    privateKey: "AL6nFEO-1SrUQ1aiyPlfY5ZynveT59suOIm3vVyuQrc",
  };
  process.env.VAPID_PUBLIC_KEY = keys.publicKey;
  process.env.VAPID_PRIVATE_KEY = keys.privateKey;
  process.env.VAPID_SUBJECT = "mailto:ops@hearth.test";
  return keys;
});

let receiver: PushReceiver;

beforeAll(async () => {
  receiver = await startPushReceiver();
  pushDispatcher.start();
  await pushDispatcher.ready();
});

afterAll(async () => {
  await pushDispatcher.stop();
  await receiver.close();
});

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("timed out");
}

describe("web push", () => {
  it("the push payload decrypts with the subscription's keys and gone subscriptions are removed", async () => {
    const host = await createTestUser(db, { displayName: "Nora Host" });
    const follower = await createTestUser(db);
    const muter = await createTestUser(db);
    await followUser({ actorId: follower.id, username: host.username });
    await followUser({ actorId: muter.id, username: host.username });
    await setPersonMuted({ actorId: muter.id, username: host.username, muted: true });
    // The follower's phone and an old laptop whose subscription the push service has dropped;
    // the muter has push on too, but the bell would not tell them, so no push may either.
    await savePushSubscription({
      actorId: follower.id,
      subscription: receiver.subscription("/phone"),
    });
    await savePushSubscription({
      actorId: follower.id,
      subscription: receiver.subscription("/old-laptop"),
    });
    await savePushSubscription({
      actorId: muter.id,
      subscription: receiver.subscription("/muter"),
    });
    receiver.answer("/old-laptop", 410);

    const room = await createRoom({
      actorId: host.id,
      input: createRoomSchema.parse({
        title: "Morning standup",
        topic: "TECH",
        visibility: "OPEN",
      }),
    });

    const pushes = [await receiver.next(), await receiver.next()];
    expect(pushes.map((push) => push.path).sort()).toEqual(["/old-laptop", "/phone"]);
    for (const push of pushes) {
      expect(push.headers["content-encoding"]).toBe("aes128gcm");
      expect(push.headers.ttl).toBe("3600");
      expect(push.headers.urgency).toBe("high");
      expect(push.vapidPublicKey).toBe(VAPID.publicKey);
      expect(push.claims.aud).toBe(new URL(receiver.subscription("/").endpoint).origin);
      expect(push.claims.sub).toBe("mailto:ops@hearth.test");
      expect(push.claims.exp * 1000).toBeGreaterThan(Date.now());
      const notification = await db.notification.findFirstOrThrow({
        where: { userId: follower.id, roomId: room.id },
      });
      expect(JSON.parse(push.plaintext)).toEqual({
        id: notification.id,
        title: "Nora Host started “Morning standup”",
        body: "Tap to listen",
        url: `/rooms/${room.id}`,
        tag: `room-${room.id}`,
      });
    }

    // The push service said 410 Gone: that subscription is removed, the phone's is kept.
    await waitFor(
      async () => (await db.pushSubscription.count({ where: { userId: follower.id } })) === 1,
    );
    expect(
      await db.pushSubscription.findMany({
        where: { userId: follower.id },
        select: { endpoint: true },
      }),
    ).toEqual([{ endpoint: receiver.subscription("/phone").endpoint }]);

    // Claimed once: another instance hearing the same NOTIFY (or the sweep) sends nothing again.
    const ids = (await db.notification.findMany({ where: { roomId: room.id } })).map((n) => n.id);
    expect(await sendPushes({ ids })).toEqual({ sent: 0, gone: 0, failed: 0 });
    expect(await sendPushes({ unpushedSince: new Date(Date.now() - 60_000) })).toEqual({
      sent: 0,
      gone: 0,
      failed: 0,
    });
    expect(receiver.received.map((push) => push.path)).not.toContain("/muter");
    expect(receiver.received).toHaveLength(2);
  });
});
