import { expect, test } from "../fixtures/e2e-test";
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

// Edges a newcomer hit (issue 33.6) and what only integration tests checked before (33.7):
// notifications, search, blocking and RSVP, each in Chromium.
test.use({ launchOptions: speakingMicLaunchOptions() });

function letters(count: number): string {
  return Array.from({ length: count }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join("");
}

test("a live toast's Join opens the room with audio", async ({ browser }) => {
  const host = await createTestUser(e2eDb, { displayName: `Tess Toast ${letters(4)}` });
  const follower = await createTestUser(e2eDb, { displayName: `Finn Follower ${letters(4)}` });
  await e2eDb.follow.create({ data: { followerId: follower.id, followeeId: host.id } });

  // The follower is somewhere else in the app (its bell's stream is open there).
  const followerPage = await memberPage(browser, follower);
  await followerPage.goto("/search");
  await expect(followerPage.getByRole("search")).toBeVisible();

  // The host starts a room now.
  const title = `Toast test ${letters(6)}`;
  const hostPage = await memberPage(browser, host);
  await hostPage.goto("/rooms/new");
  await hostPage.getByLabel("Title").fill(title);
  await hostPage.getByLabel("Topic").selectOption("Tech");
  await hostPage.getByRole("button", { name: "Start room" }).click();
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  const unmute = hostPage.getByRole("button", { name: "Unmute microphone" });
  if (await unmute.isVisible()) await unmute.click();
  await expect(
    hostPage.getByRole("button", { name: "Mute microphone", exact: true }),
  ).toBeVisible();

  // The toast names the room and offers Join, which opens it and plays it.
  const toast = followerPage
    .getByRole("listitem")
    .filter({ hasText: `${host.displayName} started` });
  await expect(toast).toContainText(title, { timeout: 15_000 });
  await toast.getByRole("link", { name: "Join" }).click();
  await expect(followerPage).toHaveURL(/\/rooms\/[0-9a-f-]{36}$/);
  await expect(audience(followerPage).getByText(follower.displayName)).toBeVisible(FIRST_JOIN);
  await expect(followerPage.getByRole("button", { name: "Tap to start listening" })).toHaveCount(0);
  await expect
    .poll(async () => (await inboundAudio(followerPage)).bytes, { timeout: 20_000 })
    .toBeGreaterThan(2_000);
});

test("person search forgives a transposed letter", async ({ browser }) => {
  const tail = letters(3);
  const viewer = await createTestUser(e2eDb);
  const nora = await createTestUser(e2eDb, { displayName: `Nora${tail} Lind` });
  const page = await memberPage(browser, viewer);
  await page.goto("/search");
  await page.getByLabel("Search people, clubs and rooms").fill(`Nroa${tail}`);
  await page.getByRole("button", { name: "Search" }).click();
  const people = page.getByRole("region", { name: "People" });
  await expect(people.getByRole("link", { name: new RegExp(nora.displayName) })).toBeVisible();
});

test("blocking someone from their card in your room takes them out of it", async ({ browser }) => {
  const host = await createTestUser(e2eDb, { displayName: `Bea Blocker ${letters(4)}` });
  const pest = await createTestUser(e2eDb, { displayName: `Pat Pest ${letters(4)}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id });
  const [hostPage, pestPage] = await Promise.all([
    memberPage(browser, host),
    memberPage(browser, pest),
  ]);
  await Promise.all([hostPage.goto(`/rooms/${room.id}`), pestPage.goto(`/rooms/${room.id}`)]);
  await expect(audience(hostPage).getByText(pest.displayName)).toBeVisible(FIRST_JOIN);

  await audience(hostPage)
    .getByRole("button", { name: new RegExp(pest.displayName) })
    .click();
  const card = hostPage.getByRole("dialog", { name: `About ${pest.displayName}` });
  await card.getByRole("button", { name: "Block" }).click();
  // The block takes them out of the room at once, and their card goes with them. (While the card
  // is open the rest of the page is hidden from assistive tech, so the card must go first.)
  await expect(card).toBeHidden(FIRST_JOIN);
  await expect(audience(hostPage).getByText(pest.displayName)).toHaveCount(0);
  const block = await e2eDb.block.findFirst({ where: { blockerId: host.id, blockedId: pest.id } });
  expect(block).not.toBeNull();
  // Kept out: the room is not theirs to enter, and search no longer shows either to the other.
  await pestPage.goto(`/rooms/${room.id}`);
  await expect(pestPage.getByRole("button", { name: "Raise hand" })).toHaveCount(0);
  await hostPage.goto(`/search?q=${encodeURIComponent(pest.displayName)}`);
  await expect(hostPage.getByRole("link", { name: new RegExp(pest.displayName) })).toHaveCount(0);
});

test("a member asks to be notified about a scheduled room, and can stop", async ({ browser }) => {
  const host = await createTestUser(e2eDb, { displayName: `Rui Host ${letters(4)}` });
  const member = await createTestUser(e2eDb);
  const room = await e2eDb.room.create({
    data: {
      title: `Later ${letters(6)}`,
      topic: "TECH",
      status: "SCHEDULED",
      scheduledFor: new Date(Date.now() + 2 * 60 * 60 * 1000),
      createdById: host.id,
    },
    select: { id: true },
  });
  const page = await memberPage(browser, member);
  await page.goto(`/events/${room.id}`);
  await page.getByRole("button", { name: "Notify me" }).click();
  await expect(page.getByText("We'll remind you 10 minutes before")).toBeVisible();
  await expect(page.getByRole("button", { name: "Stop notifying me" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect
    .poll(() => e2eDb.roomRsvp.count({ where: { roomId: room.id, userId: member.id } }))
    .toBe(1);

  // The host sees the count.
  const hostPage = await memberPage(browser, host);
  await hostPage.goto(`/events/${room.id}`);
  await expect(hostPage.getByText("1 person will be notified when you start.")).toBeVisible();

  await page.getByRole("button", { name: "Stop notifying me" }).click();
  await expect(page.getByText("You won't be notified about this room.")).toBeVisible();
  await expect
    .poll(() => e2eDb.roomRsvp.count({ where: { roomId: room.id, userId: member.id } }))
    .toBe(0);
});

test("a room address that cannot be a room says the room doesn't exist", async ({ browser }) => {
  const member = await createTestUser(e2eDb);
  const page = await memberPage(browser, member);
  const response = await page.goto("/rooms/not-a-room");
  expect(response?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { level: 1, name: "This room doesn't exist" }),
  ).toBeVisible();
});

test("a title that is too long is told at the field, not cut", async ({ browser }) => {
  const member = await createTestUser(e2eDb);
  const page = await memberPage(browser, member);
  await page.goto("/rooms/new");
  const title = page.getByLabel("Title");
  const long = "x".repeat(104);
  await title.fill(long);
  await expect(title).toHaveValue(long);
  await expect(title).toHaveAccessibleDescription(/104 of 80 characters/);
  await expect(title).toHaveAccessibleDescription(/Keep the title to 80 characters/);
  await title.fill("A fine title");
  await expect(title).toHaveAccessibleDescription("12 of 80 characters");
});

test("the sign-in lockout counts its seconds down as they pass", async ({ page }) => {
  const member = await createTestUser(e2eDb);
  await page.goto("/sign-in");
  const alert = page.getByRole("main").getByRole("alert");
  // Wrong passwords until the account's back-off starts.
  for (let attempt = 0; attempt < 12; attempt++) {
    await page.getByLabel("Email or username").fill(member.username);
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).not.toHaveText("");
    if (/Try again in/.test(await alert.innerText())) break;
  }
  const seconds = async () => Number(/in (\d+) second/.exec(await alert.innerText())?.[1] ?? NaN);
  const first = await seconds();
  expect(first).toBeGreaterThan(1);
  // Without another try, the number goes down by itself.
  await expect.poll(seconds, { timeout: 5_000 }).toBeLessThan(first);
});
