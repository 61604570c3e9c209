import { expect, test, type Browser } from "../fixtures/e2e-test";
import { signIn } from "../fixtures/e2e-auth";
import { e2eDb } from "../fixtures/e2e-db";
import { createTestUser, type TestUser } from "../fixtures/users";

async function signedInPage(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

test("a member starts an open room and it appears in another member's hallway", async ({
  browser,
}) => {
  const host = await createTestUser(e2eDb, { displayName: "Hana Host" });
  const listener = await createTestUser(e2eDb);
  const title = `Open mic ${host.username}`;

  const hostPage = await signedInPage(browser, host);
  await hostPage.goto("/rooms/new");
  await hostPage.getByLabel("Title").fill(title);
  await hostPage.getByLabel("Topic").selectOption({ label: "Music and Karaoke" });
  await hostPage.getByRole("button", { name: "Start room" }).click();
  await expect(hostPage).toHaveURL(/\/rooms\/[0-9a-f-]{36}$/);

  const listenerPage = await signedInPage(browser, listener);
  await listenerPage.goto("/");
  const card = listenerPage.getByRole("link", { name: new RegExp(title) });
  await expect(card).toBeVisible();
  await expect(card).toContainText("Music and Karaoke");

  // The topic filter keeps it under its own topic only.
  await listenerPage.getByRole("link", { name: "Sports", exact: true }).click();
  await expect(listenerPage.getByRole("link", { name: new RegExp(title) })).toHaveCount(0);
  await listenerPage.getByRole("link", { name: "Music and Karaoke", exact: true }).click();
  await expect(listenerPage.getByRole("link", { name: new RegExp(title) })).toBeVisible();
});

test("a scheduled room is listed as upcoming and goes live when its host starts it", async ({
  browser,
}) => {
  const host = await createTestUser(e2eDb, { displayName: "Sol Scheduler" });
  const member = await createTestUser(e2eDb);
  const title = `Tomorrow's talk ${host.username}`;

  const hostPage = await signedInPage(browser, host);
  await hostPage.goto("/rooms/new");
  await hostPage.getByLabel("Title").fill(title);
  await hostPage.getByLabel("Topic").selectOption({ label: "Business" });
  await hostPage.getByLabel("Schedule for later").check();
  await hostPage.getByRole("button", { name: "Schedule room" }).click();
  await expect(hostPage.getByText("Please fix the highlighted fields.")).toBeVisible();
  await expect(hostPage.getByText("Pick a start time.")).toBeVisible();
  // The title typed before the error is still there.
  await expect(hostPage.getByLabel("Title")).toHaveValue(title);

  const inTwoHours = new Date(Date.now() + 2 * 60 * 60 * 1000);
  const local = new Date(inTwoHours.getTime() - inTwoHours.getTimezoneOffset() * 60_000);
  await hostPage.getByLabel("Starts at").fill(local.toISOString().slice(0, 16));
  await hostPage.getByRole("button", { name: "Schedule room" }).click();
  await expect(hostPage).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
  await expect(hostPage.getByRole("heading", { name: title })).toBeVisible();

  const memberPage = await signedInPage(browser, member);
  await memberPage.goto("/");
  const upcoming = memberPage.getByRole("region", { name: "Upcoming" });
  await expect(upcoming.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  const live = memberPage.getByRole("region", { name: "Live now" });
  await expect(live.getByRole("link", { name: new RegExp(title) })).toHaveCount(0);

  await hostPage.getByRole("button", { name: "Start the room now" }).click();
  await expect(hostPage).toHaveURL(/\/rooms\/[0-9a-f-]{36}$/);

  // The member's hallway refreshes by itself.
  await expect(live.getByRole("link", { name: new RegExp(title) })).toBeVisible({
    timeout: 15_000,
  });
  await expect(upcoming.getByRole("link", { name: new RegExp(title) })).toHaveCount(0);
});

test("mutual followers start a private room from a profile", async ({ browser }) => {
  const alex = await createTestUser(e2eDb, { displayName: "Alex Private" });
  const blair = await createTestUser(e2eDb, { displayName: "Blair Private" });
  await e2eDb.follow.createMany({
    data: [
      { followerId: alex.id, followeeId: blair.id },
      { followerId: blair.id, followeeId: alex.id },
    ],
  });
  const alexPage = await signedInPage(browser, alex);
  await alexPage.goto(`/@${blair.username}`);
  await alexPage.getByRole("button", { name: "Start a private room with Blair Private" }).click();
  await expect(alexPage).toHaveURL(/\/rooms\/[0-9a-f-]{36}$/);

  const blairPage = await signedInPage(browser, blair);
  await blairPage.goto("/");
  await expect(blairPage.getByRole("link", { name: /Alex Private & Blair Private/ })).toBeVisible();
});
