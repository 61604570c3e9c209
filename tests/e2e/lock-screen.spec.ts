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
import { createTestUser, type TestUser } from "../fixtures/users";
import type { Browser } from "../fixtures/e2e-test";
import { unmuteHost } from "../fixtures/e2e-host";

// The room on the lock screen (Media Session API, src/components/room/room-media-session.tsx).
// A lock screen's buttons call the page's registered action handlers, so the test records them as
// the page registers them and calls them as the lock screen would; what it checks is what they do
// (the listener leaves and comes back, the speaker's microphone mutes), seen from the other side.
test.use({ launchOptions: speakingMicLaunchOptions() });

const HANDLERS = "__hearthTestMediaHandlers";
const WAKE_LOCKS = "__hearthTestWakeLocks";

async function lockScreenPage(browser: Browser, user: TestUser): Promise<Page> {
  const page = await memberPage(browser, user);
  await page.context().addInitScript(
    ({ handlers, wakeLocks }) => {
      const registered: Record<string, unknown> = {};
      Reflect.set(window, handlers, registered);
      Reflect.set(window, wakeLocks, 0);
      const native: unknown = Reflect.get(MediaSession.prototype, "setActionHandler");
      MediaSession.prototype.setActionHandler = function (action, handler) {
        registered[action] = handler;
        if (typeof native === "function") Reflect.apply(native, this, [action, handler]);
      };
      if ("wakeLock" in navigator) {
        const request = navigator.wakeLock.request.bind(navigator.wakeLock);
        navigator.wakeLock.request = (type) => {
          Reflect.set(window, wakeLocks, Number(Reflect.get(window, wakeLocks)) + 1);
          return request(type);
        };
      }
    },
    { handlers: HANDLERS, wakeLocks: WAKE_LOCKS },
  );
  return page;
}

/** What the lock screen shows. */
function lockScreen(page: Page) {
  return page.evaluate(() => {
    const { metadata, playbackState } = navigator.mediaSession;
    return {
      title: metadata?.title ?? null,
      artist: metadata?.artist ?? null,
      artwork: metadata?.artwork.map((image) => new URL(image.src).pathname) ?? [],
      playbackState,
    };
  });
}

/** Presses a lock-screen button: calls the handler the page registered for it. */
async function press(page: Page, action: string) {
  await page.evaluate(
    ({ handlers, action }) => {
      const registered: unknown = Reflect.get(window, handlers);
      const handler: unknown =
        typeof registered === "object" && registered ? Reflect.get(registered, action) : null;
      if (typeof handler !== "function") throw new Error(`no ${action} handler registered`);
      Reflect.apply(handler, null, [{ action }]);
    },
    { handlers: HANDLERS, action },
  );
}

test("the lock screen shows the room and can leave or mute", async ({ browser }) => {
  const tag = Date.now() % 100_000;
  const host = await createTestUser(e2eDb, { displayName: `Lou Lockscreen ${tag}` });
  const listener = await createTestUser(e2eDb, { displayName: `Lena Listener ${tag}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id, title: `Night radio ${tag}` });

  const hostPage = await lockScreenPage(browser, host);
  await hostPage.goto(`/rooms/${room.id}`);
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  await unmuteHost(hostPage);

  const page = await lockScreenPage(browser, listener);
  await page.goto(`/rooms/${room.id}`);
  await expect(audience(page).getByText(listener.displayName)).toBeVisible(FIRST_JOIN);
  const artwork = ["/icons/icon-192.png", "/icons/icon-512.png"];
  await expect
    .poll(() => lockScreen(page))
    .toEqual({ title: room.title, artist: host.displayName, artwork, playbackState: "playing" });

  // The room plays; then the page is hidden (screen off) and it keeps playing.
  await expect
    .poll(async () => (await inboundAudio(page)).bytes, { timeout: 15_000 })
    .toBeGreaterThan(1_000);
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    Object.defineProperty(document, "hidden", { value: true, configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  const before = (await inboundAudio(page)).bytes;
  await expect
    .poll(async () => (await inboundAudio(page)).bytes, { timeout: 15_000 })
    .toBeGreaterThan(before + 1_000);

  // Pause leaves quietly: the host sees the listener go; play brings them back.
  await press(page, "pause");
  await expect(audience(hostPage).getByText(listener.displayName)).toBeHidden({ timeout: 15_000 });
  await expect.poll(async () => (await lockScreen(page)).playbackState).toBe("paused");
  await press(page, "play");
  await expect(audience(hostPage).getByText(listener.displayName)).toBeVisible(FIRST_JOIN);
  await expect.poll(async () => (await lockScreen(page)).playbackState).toBe("playing");

  // The host's lock screen shows their room and mutes and unmutes their microphone.
  await expect
    .poll(() => lockScreen(hostPage))
    .toMatchObject({ title: room.title, playbackState: "playing" });
  await press(hostPage, "togglemicrophone");
  await expect(hostPage.getByRole("button", { name: "Unmute microphone" })).toBeVisible();
  await expect(
    stage(page).getByRole("listitem").filter({ hasText: host.displayName }).getByText(/muted/i),
  ).toBeVisible({ timeout: 15_000 });
  await press(hostPage, "togglemicrophone");
  await expect(
    hostPage.getByRole("button", { name: "Mute microphone", exact: true }),
  ).toBeVisible();

  // Listening never holds the screen on.
  for (const each of [page, hostPage]) {
    const taken = await each.evaluate((key) => Number(Reflect.get(window, key)), WAKE_LOCKS);
    expect(taken).toBe(0);
  }
});
