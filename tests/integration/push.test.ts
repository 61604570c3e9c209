import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRoomSchema } from "@/lib/validations/rooms";
import { signOutEverywhere } from "@/server/auth/sign-out-everywhere";
import { db } from "@/server/db";
import { followUser } from "@/server/follows/follow-user";
import { setPersonMuted } from "@/server/notifications/set-person-muted";
import { pushDispatcher } from "@/server/push/push-dispatcher";
import { savePushSubscription } from "@/server/push/save-push-subscription";
import { sendPushes } from "@/server/push/send-pushes";
import { createRoom } from "@/server/rooms/create-room";
import { changePassword } from "@/server/users/change-password";
import { setAccountDisabled } from "@/server/users/set-account-disabled";
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

  it("ending every session of an account (sign out everywhere, a new password, disabled) stops its pushes", async () => {
    const host = await createTestUser(db, { displayName: "Ada Host" });
    const admin = await createTestUser(db, { role: "ADMIN" });
    const everywhere = await createTestUser(db);
    const changer = await createTestUser(db);
    const disabled = await createTestUser(db);
    const control = await createTestUser(db);
    const endpoints = {
      [everywhere.id]: "/everywhere-shared-laptop",
      [changer.id]: "/changer-shared-laptop",
      [disabled.id]: "/disabled-shared-laptop",
      [control.id]: "/control-phone",
    };
    for (const [userId, path] of Object.entries(endpoints)) {
      await followUser({ actorId: userId, username: host.username });
      await savePushSubscription({ actorId: userId, subscription: receiver.subscription(path) });
    }

    await signOutEverywhere({ actorId: everywhere.id });
    const newPassword = "a new and quite long passphrase 42";
    await changePassword({
      actorId: changer.id,
      input: { currentPassword: changer.password, newPassword, confirmPassword: newPassword },
    });
    await setAccountDisabled({ actorId: admin.id, userId: disabled.id, disabled: true });
    for (const member of [everywhere, changer, disabled]) {
      expect(await db.pushSubscription.count({ where: { userId: member.id } })).toBe(0);
    }
    expect(await db.pushSubscription.count({ where: { userId: control.id } })).toBe(1);

    const before = receiver.received.length;
    const room = await createRoom({
      actorId: host.id,
      input: createRoomSchema.parse({ title: "After hours", topic: "TECH", visibility: "OPEN" }),
    });
    // The member who still has push gets it; the bell still tells the others, but no push goes to
    // the browsers they were signed in on, now or from the sweep.
    expect((await receiver.next()).path).toBe("/control-phone");
    const told = await db.notification.findMany({
      where: { roomId: room.id, userId: { in: [everywhere.id, changer.id] } },
      select: { id: true },
    });
    expect(told).toHaveLength(2);
    expect(await sendPushes({ ids: told.map((n) => n.id) })).toEqual({
      sent: 0,
      gone: 0,
      failed: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(receiver.received.slice(before).map((push) => push.path)).toEqual(["/control-phone"]);
  });
});
