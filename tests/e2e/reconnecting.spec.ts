import { chromium } from "@playwright/test";
import config from "../../playwright.config";
import { expect, test } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import { unmuteHost } from "../fixtures/e2e-host";
import {
  audience,
  FIRST_JOIN,
  inboundAudio,
  memberPage,
  speakingMicLaunchOptions,
  stage,
  tileOf,
} from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// Someone on stage whose connection drops is shown as reconnecting while LiveKit waits for them
// (docs/live-room.md, "When someone on stage drops").

test.use({ launchOptions: speakingMicLaunchOptions() });

test("a host whose connection drops is shown as reconnecting at once", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const tag = Date.now() % 100_000;
  const host = await createTestUser(e2eDb, { displayName: `Rhea Roaming ${tag}` });
  const listener = await createTestUser(e2eDb, { displayName: `Lars Listening ${tag}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id });
  // The host in a browser of their own, so their connection can be cut without a goodbye: the
  // process killed sends no leave and no more media, as a lost network would.
  const server = await chromium.launchServer(speakingMicLaunchOptions());
  const hostBrowser = await chromium.connect(server.wsEndpoint());
  const hostPage = await memberPage(hostBrowser, host);
  await hostPage.goto(`/rooms/${room.id}`);
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  await unmuteHost(hostPage);
  const listenerPage = await memberPage(browser, listener);
  await listenerPage.goto(`/rooms/${room.id}`);
  await expect(audience(hostPage).getByText(listener.displayName)).toBeVisible(FIRST_JOIN);

  // Someone who follows the host, on the hallway, where the room is offered at the top.
  const follower = await createTestUser(e2eDb, { displayName: `Fern Following ${tag}` });
  await e2eDb.follow.create({ data: { followerId: follower.id, followeeId: host.id } });
  const hallway = await memberPage(browser, follower);
  const card = hallway.locator(`a[href="/rooms/${room.id}"]`);
  await hallway.goto("/");
  await expect(card.first()).toBeVisible();

  // The listener hears the host before the drop: a tile is marked only once its audio has arrived.
  await expect
    .poll(async () => (await inboundAudio(listenerPage)).level, FIRST_JOIN)
    .toBeGreaterThan(0);
  const hostTile = tileOf(listenerPage, host);
  await expect(hostTile.getByText("Reconnecting…")).toHaveCount(0);
  server.process().kill("SIGKILL");
  const droppedAt = Date.now();
  await expect(hostTile.getByText("Reconnecting…")).toBeVisible({ timeout: 15_000 });
  const shownAfter = Date.now() - droppedAt;
  console.info(`the listener saw the host reconnecting ${shownAfter} ms after the drop`);
  // Long before LiveKit itself gives up on the connection (about 20 s).
  expect(shownAfter).toBeLessThan(8_000);
  await listenerPage.screenshot({ path: testInfo.outputPath("host-reconnecting.png") });
  // The host's page stopped saying it is connected: the hallway stops offering a room nobody can
  // hear within 10 s of the drop, long before LiveKit gives up on the connection.
  await expect
    .poll(
      async () => {
        await hallway.reload();
        return card.count();
      },
      { timeout: Math.max(1_000, droppedAt + 10_000 - Date.now()) },
    )
    .toBe(0);
  console.info(`the hallway stopped offering the room ${Date.now() - droppedAt} ms after the drop`);
  // LiveKit gives up on the connection later (about 20 s): the tile goes with it.
  await expect(hostTile).toHaveCount(0, { timeout: 40_000 });
});

test("a quiet speaker on stage is not shown as reconnecting", async ({ browser }) => {
  test.setTimeout(90_000);
  const tag = Date.now() % 100_000;
  const host = await createTestUser(e2eDb, { displayName: `Quinn Quiet ${tag}` });
  const listener = await createTestUser(e2eDb, { displayName: `Lena Listening ${tag}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id });
  // Chromium's default fake microphone: a 20 ms beep a second, which LiveKit does not count as
  // speaking. Connected, unmuted and quiet, as a host is while others talk.
  const quietBrowser = await chromium.launch(config.use?.launchOptions);
  try {
    const hostPage = await memberPage(quietBrowser, host);
    await hostPage.goto(`/rooms/${room.id}`);
    await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
    await unmuteHost(hostPage);
    const listenerPage = await memberPage(browser, listener);
    await listenerPage.goto(`/rooms/${room.id}`);
    await expect
      .poll(async () => (await inboundAudio(listenerPage)).bytes, FIRST_JOIN)
      .toBeGreaterThan(0);
    const hostTile = tileOf(listenerPage, host);
    // Several times the 1.5 s a stalled microphone is given, with the host quiet throughout (not
    // lit as speaking, which would hide the mark whatever the audio did): never "Reconnecting…".
    for (let check = 0; check < 10; check++) {
      await expect(hostTile.getByText("Reconnecting…")).toHaveCount(0);
      await expect(hostTile).toHaveAttribute("data-speaking", "false");
      await listenerPage.waitForTimeout(500);
    }
  } finally {
    await quietBrowser.close();
  }
});
