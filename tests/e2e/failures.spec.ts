import { expect, test, type Page } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import { FIRST_JOIN, memberPage, stage } from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";
import { TIME_ZONE_COOKIE } from "@/i18n/locales";
import { LIVE_ROOM_COOKIE } from "@/lib/live-room-cookie";

// A failed join says what happened, keeps the site's header and a way back, and stops asking the
// server once its answer will not change (src/components/room/session-outcome.ts).

/**
 * Opens the room as a browser already in a room would (the live-room cookie): the render mints
 * nothing, so the join is the page's own POST to the token endpoint, which these tests watch. The
 * time zone cookie is there as after a first visit, so the page does not refresh itself to write it.
 */
async function openRoomJoiningFromThePage(page: Page, roomId: string) {
  const url = test.info().project.use.baseURL ?? "http://127.0.0.1:3000";
  await page.context().addCookies([
    { name: LIVE_ROOM_COOKIE, value: roomId, url },
    { name: TIME_ZONE_COOKIE, value: "UTC", url },
  ]);
  await page.goto(`/rooms/${roomId}`);
}

/** Joins asked of the token endpoint, counted as they leave the browser. */
function countJoins(page: Page, roomId: string): () => number {
  let joins = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith(`/api/rooms/${roomId}/token`)) {
      joins += 1;
    }
  });
  return () => joins;
}

async function expectWayBackToTheHallway(page: Page) {
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the hallway" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Hallway" })).toBeVisible();
}

test("a failed join shows a way back and stops retrying an answer that will not change", async ({
  browser,
}) => {
  const tag = Date.now() % 100_000;
  const host = await createTestUser(e2eDb, { displayName: `Fay Host ${tag}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id, title: `Failures talk ${tag}` });
  // The host stays on stage throughout: a room whose stage stays empty past the grace period ends.
  const hostPage = await memberPage(browser, host);
  await hostPage.goto(`/rooms/${room.id}`);
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);

  // A server bug: the join answers 500 every time (injected at the network edge, as a failing
  // instance would answer). Three answers in a row, then the page stops and says so.
  const listener = await createTestUser(e2eDb, { displayName: `Lou Listener ${tag}` });
  const page = await memberPage(browser, listener);
  const joins = countJoins(page, room.id);
  await page.route(`**/api/rooms/${room.id}/token`, (route) =>
    route.fulfill({
      status: 500,
      contentType: "application/json",
      body: JSON.stringify({
        error: {
          code: "INTERNAL",
          message: "Something went wrong on our side. Please try again.",
          reference: "e2e0fa1105",
        },
      }),
    }),
  );
  await openRoomJoiningFromThePage(page, room.id);
  // While it retries, the page says it is trying (2 s, then 4 s apart).
  await expect(page.getByText("We'll keep trying to reconnect.", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { name: "This room couldn’t open" })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText("so we stopped trying by ourselves")).toBeVisible();
  await expect(page.getByText("Error reference: e2e0fa1105")).toBeVisible();
  await expect(page.getByText("We'll keep trying to reconnect.", { exact: false })).toHaveCount(0);
  expect(joins()).toBe(3);
  await page.waitForTimeout(5_000);
  expect(joins()).toBe(3);

  // "Try again" asks once more (still failing here), then stops again. Counted to the third ask
  // first: the page from before the click is still on screen while the first ask leaves.
  await page.getByRole("button", { name: "Try again" }).click();
  await expect.poll(joins, { timeout: 20_000 }).toBe(6);
  await expect(page.getByRole("heading", { name: "This room couldn’t open" })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText("so we stopped trying by ourselves")).toBeVisible();
  expect(joins()).toBe(6);
  await expectWayBackToTheHallway(page);

  // A 4xx that will not change: the moderators remove the member while their join is on its way.
  // The server's own answer (403) reaches the page, which says why and never asks again.
  const removed = await createTestUser(e2eDb, { displayName: `Rae Removed ${tag}` });
  const removedPage = await memberPage(browser, removed);
  const removedJoins = countJoins(removedPage, room.id);
  let banned = false;
  await removedPage.route(`**/api/rooms/${room.id}/token`, async (route) => {
    if (!banned) {
      const at = new Date();
      await e2eDb.roomParticipant.create({
        data: {
          roomId: room.id,
          userId: removed.id,
          role: "LISTENER",
          leftAt: at,
          bannedAt: at,
          bannedById: host.id,
        },
      });
      banned = true;
    }
    await route.continue();
  });
  await openRoomJoiningFromThePage(removedPage, room.id);
  await expect(removedPage.getByRole("heading", { name: "You can't join this room" })).toBeVisible({
    timeout: 20_000,
  });
  await expect(
    removedPage.getByText("You were removed from this room by its moderators"),
  ).toBeVisible();
  await removedPage.waitForTimeout(5_000);
  expect(removedJoins()).toBe(1);
  const row = await e2eDb.roomParticipant.findUniqueOrThrow({
    where: { roomId_userId: { roomId: room.id, userId: removed.id } },
    select: { joinedAt: true, leftAt: true },
  });
  expect(row.leftAt).not.toBeNull();
  await expectWayBackToTheHallway(removedPage);
});
