import type { CDPSession } from "@playwright/test";
import { buildPushPayload } from "@/server/push/build-push-payload";
import {
  notificationViewSelect,
  toNotificationView,
} from "@/server/notifications/notification-view";
import { expect, test, type Page } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import {
  audience,
  FIRST_JOIN,
  inboundAudio,
  memberPage,
  speakingMicLaunchOptions,
  stage,
} from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";
import { unmuteHost } from "../fixtures/e2e-host";

// The service worker's half of Web Push (docs/push.md). No push service is reachable here, so the
// push arrives through Chromium's DevTools protocol (ServiceWorker.deliverPushMessage), carrying
// the payload the server builds for the notification (the server's half, encryption included, is
// tests/integration/push.test.ts).
// Debian's full Chromium, not the headless shell the other tests use: the shell has no notification
// platform, so it denies the permission whatever the test grants, and nothing could be shown.
test.use({ launchOptions: { ...speakingMicLaunchOptions(), executablePath: "/usr/bin/chromium" } });

type Shown = { title: string; body: string; tag: string; url: unknown };

// The worker's global scope, as much of it as the test touches (the DOM typings have no worker).
type WorkerScope = {
  registration: ServiceWorkerRegistration;
  clients: { openWindow(url: string): Promise<unknown> };
  dispatchEvent(event: Event): boolean;
};
type NotificationEventType = new (type: string, init: { notification: Notification }) => Event;

/** The worker's registration id, as DevTools names it. */
async function registrationOf(cdp: CDPSession, scope: string): Promise<string> {
  const found = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const mine = registrations.find((registration) => registration.scopeURL === scope);
      if (mine && !mine.isDeleted) resolve(mine.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  return found;
}

async function registerWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    await navigator.serviceWorker.ready;
  });
}

test("a push notification reaches a member with no tab open and tapping it starts the room", async ({
  browser,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "").origin;
  const tag = Date.now() % 100_000;
  const host = await createTestUser(e2eDb, { displayName: `Pia Pusher ${tag}` });
  const member = await createTestUser(e2eDb, { displayName: `Max Member ${tag}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id, title: `Pushed talk ${tag}` });
  const hostPage = await memberPage(browser, host);
  await hostPage.goto(`/rooms/${room.id}`);
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  await unmuteHost(hostPage);

  // The member said yes on this device earlier: permission granted, the worker installed.
  const page = await memberPage(browser, member);
  const context = page.context();
  await context.grantPermissions(["notifications"], { origin });
  await page.goto("/notifications");
  await registerWorker(page);
  const cdp = await context.newCDPSession(page);
  const registrationId = await registrationOf(cdp, `${origin}/`);
  const worker = context.serviceWorkers().find((w) => w.url() === `${origin}/sw.js`);
  if (!worker) throw new Error("the service worker is not running");
  const shown = () =>
    worker.evaluate(async () => {
      const scope = self as unknown as WorkerScope;
      const list = await scope.registration.getNotifications();
      return list.map((n): Shown => {
        const data: unknown = n.data;
        const url: unknown = typeof data === "object" && data ? Reflect.get(data, "url") : null;
        return { title: n.title, body: n.body, tag: n.tag, url };
      });
    });

  // What the server pushes for this notification, in the member's language.
  const notification = await e2eDb.notification.create({
    data: { userId: member.id, kind: "ROOM_STARTED", actorId: host.id, roomId: room.id },
    select: notificationViewSelect,
  });
  const payload = await buildPushPayload(toNotificationView(notification), null);
  const deliver = () =>
    cdp.send("ServiceWorker.deliverPushMessage", {
      origin,
      registrationId,
      data: JSON.stringify(payload),
    });

  // With a Hearth tab in front the bell's toast says it: no second, system notice.
  await page.bringToFront();
  await deliver();
  await page.waitForTimeout(1_000);
  expect(await shown()).toEqual([]);

  // No Hearth tab open any more: the push becomes a system notification.
  await page.goto("about:blank");
  await deliver();
  const expected: Shown = {
    title: `${host.displayName} started “${room.title}”`,
    body: "Tap to listen",
    tag: `room-${room.id}`,
    url: `/rooms/${room.id}`,
  };
  await expect.poll(shown).toEqual([expected]);

  // Tapping it opens the room, which starts listening. DevTools cannot click a system notification,
  // and a notificationclick dispatched from a script lacks the window-interaction grant a real tap
  // gives (Chromium then refuses clients.openWindow), so the test taps through the worker's own
  // handler, notes the window it asks for, and opens it as the browser would.
  await worker.evaluate(async () => {
    const scope = self as unknown as WorkerScope;
    const NotificationEvent = Reflect.get(self, "NotificationEvent") as NotificationEventType;
    const clients = scope.clients;
    const openWindow: unknown = Reflect.get(clients, "openWindow");
    const urls: string[] = [];
    Reflect.set(self, "__hearthTestOpened", urls);
    clients.openWindow = async (url: string) => {
      urls.push(url);
      if (typeof openWindow !== "function") return null;
      const opening: unknown = Reflect.apply(openWindow, clients, [url]);
      return Promise.resolve(opening).catch(() => null);
    };
    const [notice] = await scope.registration.getNotifications();
    if (!notice) throw new Error("no notification to tap");
    scope.dispatchEvent(new NotificationEvent("notificationclick", { notification: notice }));
  });
  const asked = () =>
    worker.evaluate(() => {
      const urls: unknown = Reflect.get(self, "__hearthTestOpened");
      return urls;
    });
  await expect.poll(asked).toEqual([`${origin}/rooms/${room.id}`]);
  const roomPage = await context.newPage();
  await roomPage.goto(`${origin}/rooms/${room.id}`);
  await expect(roomPage).toHaveURL(`${origin}/rooms/${room.id}`);
  await expect(audience(roomPage).getByText(member.displayName)).toBeVisible(FIRST_JOIN);
  await expect
    .poll(async () => (await inboundAudio(roomPage)).bytes, { timeout: 15_000 })
    .toBeGreaterThan(1_000);
  await expect.poll(shown).toEqual([]);
});
