import { expect, test, type Browser } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import {
  audience,
  FIRST_JOIN,
  inboundAudio,
  memberPage,
  PEER_CONNECTIONS,
  speakingMicLaunchOptions,
  stage,
  tileOf,
} from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";
import { unmuteHost } from "../fixtures/e2e-host";

test.use({ launchOptions: speakingMicLaunchOptions() });

async function hostAndListener(browser: Browser) {
  const host = await createTestUser(e2eDb, { displayName: `Hana Host ${Date.now() % 10_000}` });
  const listener = await createTestUser(e2eDb, {
    displayName: `Lee Listener ${Date.now() % 10_000}`,
  });
  const room = await createLiveRoom(e2eDb, { hostId: host.id });
  const hostPage = await memberPage(browser, host);
  await hostPage.goto(`/rooms/${room.id}`);
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  await unmuteHost(hostPage);
  return { host, listener, room, hostPage };
}

test("a listener hears the host", async ({ browser }) => {
  const { host, listener, room } = await hostAndListener(browser);
  const listenerPage = await memberPage(browser, listener);
  await listenerPage.goto(`/rooms/${room.id}`);
  await expect(stage(listenerPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  await expect(audience(listenerPage).getByText(listener.displayName)).toBeVisible();

  // How long from opening the page (its render mints the token) to the first audio bytes,
  // measured inside the page; from the token request instead when the page had to ask for one.
  const joinToAudioMs = await listenerPage.evaluate(async (key) => {
    const deadline = performance.now() + 15_000;
    for (;;) {
      const connections: unknown = Reflect.get(window, key);
      let bytes = 0;
      for (const connection of Array.isArray(connections) ? connections : []) {
        if (!(connection instanceof RTCPeerConnection)) continue;
        (await connection.getStats()).forEach((stat: Record<string, unknown>) => {
          if (stat.type === "inbound-rtp" && stat.kind === "audio") {
            bytes += typeof stat.bytesReceived === "number" ? stat.bytesReceived : 0;
          }
        });
      }
      const token = performance
        .getEntriesByType("resource")
        .find((entry) => entry.name.endsWith("/token"));
      if (bytes > 0) return performance.now() - (token?.startTime ?? 0);
      if (performance.now() > deadline) return -1;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }, PEER_CONNECTIONS);
  console.log(`join-to-first-audio: ${Math.round(joinToAudioMs)} ms`);
  expect(joinToAudioMs).toBeGreaterThan(0);

  const first = await inboundAudio(listenerPage);
  await expect
    .poll(async () => (await inboundAudio(listenerPage)).bytes)
    .toBeGreaterThan(first.bytes + 1_000);
  await expect
    .poll(async () => (await inboundAudio(listenerPage)).level, { timeout: 15_000 })
    .toBeGreaterThan(0);
});

test("joining from a visible hallway card spends its ticket and marks the member present once", async ({
  browser,
}) => {
  const { host, listener, room, hostPage } = await hostAndListener(browser);
  const listenerPage = await memberPage(browser, listener);
  const tokenRequests: string[] = [];
  listenerPage.on("request", (request) => {
    if (request.url().endsWith(`/api/rooms/${room.id}/token`)) tokenRequests.push(request.url());
  });
  const ticket = listenerPage.waitForResponse((response) =>
    response.url().endsWith(`/api/rooms/${room.id}/ticket`),
  );
  await listenerPage.goto("/");
  const card = listenerPage.locator(`a[href="/rooms/${room.id}"]`).first();
  await card.scrollIntoViewIfNeeded();
  // The card on screen fetched its ticket before anyone clicked.
  expect(((await (await ticket).json()) as { ticket: unknown }).ticket).not.toBeNull();

  await card.click();
  await expect(stage(listenerPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  const first = await inboundAudio(listenerPage);
  await expect
    .poll(async () => (await inboundAudio(listenerPage)).bytes)
    .toBeGreaterThan(first.bytes + 1_000);
  // Spent, not doubled: the click asked the server for no token, and the member is in the room's
  // audience, and in its count, once.
  expect(tokenRequests).toEqual([]);
  await expect(audience(hostPage).getByText(listener.displayName)).toHaveCount(1);
  await expect
    .poll(async () =>
      e2eDb.roomParticipant.count({
        where: { roomId: room.id, userId: listener.id, leftAt: null },
      }),
    )
    .toBe(1);
  await expect
    .poll(
      async () => (await e2eDb.room.findUniqueOrThrow({ where: { id: room.id } })).listenerCount,
    )
    .toBe(1);
});

test("speakers see who is speaking", async ({ browser }) => {
  const { host, listener, room, hostPage } = await hostAndListener(browser);
  const listenerPage = await memberPage(browser, listener);
  await listenerPage.goto(`/rooms/${room.id}`);

  // The fake microphone beeps: LiveKit's active-speaker events light the host's ring everywhere.
  const ringForListener = tileOf(listenerPage, host);
  const ringForHost = tileOf(hostPage, host);
  await expect(ringForListener).toBeVisible(FIRST_JOIN);
  await expect(ringForListener).toHaveAttribute("data-speaking", "true", { timeout: 15_000 });
  await expect(ringForHost).toHaveAttribute("data-speaking", "true", { timeout: 15_000 });

  await hostPage.getByRole("button", { name: "Mute microphone", exact: true }).click();
  await expect(hostPage.getByRole("button", { name: "Unmute microphone" })).toBeVisible();
  await expect(ringForListener).toHaveAttribute("data-speaking", "false");
  await expect(ringForListener.getByText("muted")).toBeAttached();
  // And it stays dark while muted, beeps or not.
  for (let check = 0; check < 6; check++) {
    await listenerPage.waitForTimeout(250);
    await expect(ringForListener).toHaveAttribute("data-speaking", "false");
    await expect(ringForHost).toHaveAttribute("data-speaking", "false");
  }

  await hostPage.getByRole("button", { name: "Unmute microphone" }).click();
  await expect(ringForListener).toHaveAttribute("data-speaking", "true", { timeout: 15_000 });
});

test("ending a room disconnects everyone and marks it ended", async ({ browser }) => {
  const { listener, room, hostPage } = await hostAndListener(browser);
  const listenerPage = await memberPage(browser, listener);
  await listenerPage.goto(`/rooms/${room.id}`);
  await expect(audience(listenerPage).getByText(listener.displayName)).toBeVisible(FIRST_JOIN);
  // Only the host is offered the button.
  await expect(listenerPage.getByRole("button", { name: "End room" })).toHaveCount(0);

  await hostPage.getByRole("button", { name: "End room" }).click();
  await hostPage.getByRole("button", { name: "Yes, end room" }).click();

  for (const page of [hostPage, listenerPage]) {
    await expect(page.getByRole("heading", { name: "This room has ended" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the hallway" })).toBeVisible();
  }
  const stored = await e2eDb.room.findUniqueOrThrow({ where: { id: room.id } });
  expect(stored.status).toBe("ENDED");
  expect(stored.endedAt).toBeInstanceOf(Date);

  // Coming back later shows the same, from the server.
  await listenerPage.reload();
  await expect(listenerPage.getByRole("heading", { name: "This room has ended" })).toBeVisible();
  await listenerPage.getByRole("link", { name: "Back to the hallway" }).click();
  await expect(listenerPage).toHaveURL(/\/$/);
});

test("a dropped connection reconnects with the same role", async ({ browser }) => {
  // Two cuts of a few seconds, each followed by LiveKit's reconnect.
  test.setTimeout(120_000);
  const { host, listener, room, hostPage } = await hostAndListener(browser);
  const listenerPage = await memberPage(browser, listener);
  await listenerPage.goto(`/rooms/${room.id}`);
  await expect(audience(hostPage).getByText(listener.displayName)).toBeVisible(FIRST_JOIN);
  // The host sees the listener once the page's render has let them in; the cut must come after the
  // listener's own connection is up and hearing the host, or it tests a page still loading.
  await expect
    .poll(async () => (await inboundAudio(listenerPage)).bytes, FIRST_JOIN)
    .toBeGreaterThan(0);

  // Cut each one's network for a few seconds: LiveKit's client resumes (ICE restart) by itself.
  for (const page of [listenerPage, hostPage]) {
    const banner = page.getByText("Connection lost. Reconnecting…");
    await page.context().setOffline(true);
    // The person is told at once: the browser knows it went offline, where LiveKit would notice a
    // stalled signal socket only at its ping timeout, 10–15 s on (by then a host's silent stage is
    // close to its grace running out).
    await expect(banner).toBeVisible();
    await page.waitForTimeout(3_000);
    await page.context().setOffline(false);
    await expect(banner).toHaveCount(0, { timeout: 30_000 });
  }

  // Everyone is back where they were: the host on stage with the mic, the listener in the audience.
  for (const page of [hostPage, listenerPage]) {
    await expect(stage(page).getByText(host.displayName)).toBeVisible();
    await expect(audience(page).getByText(listener.displayName)).toBeVisible();
    await expect(stage(page).getByText(listener.displayName)).toHaveCount(0);
  }
  await expect(
    hostPage.getByRole("button", { name: "Mute microphone", exact: true }),
  ).toBeVisible();
  await expect(hostPage.getByRole("button", { name: "End room" })).toBeVisible();
  await expect(listenerPage.getByRole("button", { name: "Raise hand" })).toBeVisible();
  await expect(listenerPage.getByRole("button", { name: /mute microphone/i })).toHaveCount(0);

  // And the sound flows again.
  const before = await inboundAudio(listenerPage);
  await expect
    .poll(async () => (await inboundAudio(listenerPage)).bytes, { timeout: 15_000 })
    .toBeGreaterThan(before.bytes + 1_000);
});

test("a second tab of the same member replaces the first", async ({ browser }) => {
  const { room, hostPage } = await hostAndListener(browser);
  const secondTab = await hostPage.context().newPage();
  await secondTab.goto(`/rooms/${room.id}`);
  await unmuteHost(secondTab);
  await expect(
    hostPage.getByRole("heading", { name: "You joined from another tab" }),
  ).toBeVisible();
});

test("leaving quietly takes the listener back to the hallway", async ({ browser }) => {
  const { listener, room, hostPage } = await hostAndListener(browser);
  const listenerPage = await memberPage(browser, listener);
  await listenerPage.goto(`/rooms/${room.id}`);
  await expect(audience(hostPage).getByText(listener.displayName)).toBeVisible(FIRST_JOIN);

  await listenerPage.getByRole("button", { name: "Leave quietly" }).click();
  await expect(listenerPage).toHaveURL(/\/$/);
  await expect(audience(hostPage).getByText(listener.displayName)).toHaveCount(0);
});
