import { expect, test, type Browser, type Page } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import {
  audience,
  FIRST_JOIN,
  inboundAudio,
  memberPage,
  personActions,
  PEER_CONNECTIONS,
  speakingMicLaunchOptions,
  stage,
} from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser, type TestUser } from "../fixtures/users";
import { unmuteHost } from "../fixtures/e2e-host";

// The tab's one LiveKit connection lives in the layout: listening goes on across pages, with a
// mini-player, and a room is joined only when someone opens it.
test.use({ launchOptions: speakingMicLaunchOptions() });

async function liveRoom(browser: Browser, name: string) {
  const tag = Date.now() % 100_000;
  const host = await createTestUser(e2eDb, { displayName: `${name} Host ${tag}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id, title: `${name} talk ${tag}` });
  const hostPage = await memberPage(browser, host);
  await hostPage.goto(`/rooms/${room.id}`);
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  await unmuteHost(hostPage);
  return { host, room, hostPage, tag };
}

async function listenerIn(browser: Browser, roomId: string, displayName: string) {
  const user = await createTestUser(e2eDb, { displayName });
  const page = await memberPage(browser, user);
  await page.goto(`/rooms/${roomId}`);
  await expect(audience(page).getByText(displayName)).toBeVisible(FIRST_JOIN);
  return { user, page };
}

function miniPlayer(page: Page) {
  return page.getByRole("region", { name: "Now listening" });
}

function peerConnectionCount(page: Page): Promise<number> {
  return page.evaluate((key) => {
    const created: unknown = Reflect.get(window, key);
    return Array.isArray(created) ? created.length : 0;
  }, PEER_CONNECTIONS);
}

async function expectAudioFlowing(page: Page) {
  const before = await inboundAudio(page);
  await expect
    .poll(async () => (await inboundAudio(page)).bytes, { timeout: 15_000 })
    .toBeGreaterThan(before.bytes + 1_000);
}

test("listening continues while the listener browses the hallway and a profile", async ({
  browser,
}) => {
  const { host, room, hostPage, tag } = await liveRoom(browser, "Browse");
  // Joined the way most people join: a room card in the hallway (the click itself starts joining).
  // Following the host puts the room at the top of the hallway, whatever else is live.
  const user = await createTestUser(e2eDb, { displayName: `Bea Browser ${tag}` });
  await e2eDb.follow.create({ data: { followerId: user.id, followeeId: host.id } });
  const page = await memberPage(browser, user);
  await page.goto("/");
  await page.locator(`a[href="/rooms/${room.id}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/rooms/${room.id}$`));
  await expect(audience(page).getByText(user.displayName)).toBeVisible(FIRST_JOIN);
  await expectAudioFlowing(page);
  const connections = await peerConnectionCount(page);

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Hallway" })
    .click();
  await expect(page).toHaveURL(/\/$/);
  await expect(miniPlayer(page).getByText(room.title)).toBeVisible();
  await expectAudioFlowing(page);

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: user.displayName })
    .click();
  await expect(page).toHaveURL(new RegExp(`/@${user.username}$`));
  await expect(miniPlayer(page)).toBeVisible();
  await expectAudioFlowing(page);
  // Same connection all along, and the room still counts the listener in.
  expect(await peerConnectionCount(page)).toBe(connections);
  await expect(audience(hostPage).getByText(user.displayName)).toBeVisible();

  // Back to the room: the whole room again, over the same connection, without a new join.
  await miniPlayer(page)
    .getByRole("link", { name: /Back to the room/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/rooms/${room.id}$`));
  await expect(stage(page).getByText(host.displayName)).toBeVisible();
  await expect(miniPlayer(page)).toHaveCount(0);
  expect(await peerConnectionCount(page)).toBe(connections);
});

test("the mini-player raises a hand and leaves the room", async ({ browser }) => {
  const { room, hostPage, tag } = await liveRoom(browser, "Mini");
  const { user, page } = await listenerIn(browser, room.id, `Milo Mini ${tag}`);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Hallway" })
    .click();
  await expect(miniPlayer(page)).toBeVisible();

  await miniPlayer(page).getByRole("button", { name: "Raise hand" }).click();
  await expect(miniPlayer(page).getByRole("button", { name: "Lower hand" })).toBeVisible();
  const queue = hostPage.getByRole("region", { name: /Raised hands/ });
  await expect(queue.getByText(user.displayName, { exact: true })).toBeVisible();

  await miniPlayer(page).getByRole("button", { name: "Leave" }).click();
  await expect(miniPlayer(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
  await expect(audience(hostPage).getByText(user.displayName)).toHaveCount(0);
  await expect
    .poll(
      async () =>
        (
          await e2eDb.roomParticipant.findUniqueOrThrow({
            where: { roomId_userId: { roomId: room.id, userId: user.id } },
            select: { leftAt: true },
          })
        ).leftAt,
    )
    .not.toBeNull();
});

test("opening a second room asks before leaving the first", async ({ browser }) => {
  // Two hosts and a listener, each with live audio, in one browser on two cores.
  test.setTimeout(120_000);
  const first = await liveRoom(browser, "First");
  const second = await liveRoom(browser, "Second");
  const { user, page } = await listenerIn(browser, first.room.id, `Sam Switch ${first.tag}`);
  // Following the second host puts their room at the top of the hallway, whatever else is live.
  await e2eDb.follow.create({ data: { followerId: user.id, followeeId: second.host.id } });

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Hallway" })
    .click();
  await page.locator(`a[href="/rooms/${second.room.id}"]`).first().click();

  const ask = page.getByRole("heading", { name: `Leave “${first.room.title}”?` });
  await expect(ask).toBeVisible();
  // Nobody joined the second room by being asked.
  await expect(audience(second.hostPage).getByText(user.displayName)).toHaveCount(0);
  await page.getByRole("button", { name: "Keep listening" }).click();
  await expect(page).toHaveURL(new RegExp(`/rooms/${first.room.id}$`));
  await expect(audience(page).getByText(user.displayName)).toBeVisible();

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Hallway" })
    .click();
  await page.locator(`a[href="/rooms/${second.room.id}"]`).first().click();
  await page.getByRole("button", { name: "Leave and join this room" }).click();
  await expect(stage(page).getByText(second.host.displayName)).toBeVisible(FIRST_JOIN);
  await expect(audience(second.hostPage).getByText(user.displayName)).toBeVisible(FIRST_JOIN);
  await expect(audience(first.hostPage).getByText(user.displayName)).toHaveCount(0);
  await expectAudioFlowing(page);
});

test("a join is refused for a banned member even when the token is minted in the page render", async ({
  browser,
}) => {
  const { host, room, hostPage, tag } = await liveRoom(browser, "Ban");

  // An ordinary member's token comes with the page: the page never asks the token endpoint.
  const member = await createTestUser(e2eDb, { displayName: `Rene Render ${tag}` });
  const memberTab = await memberPage(browser, member);
  const tokenRequests: string[] = [];
  memberTab.on("request", (request) => {
    if (request.url().endsWith(`/api/rooms/${room.id}/token`)) tokenRequests.push(request.url());
  });
  await memberTab.goto(`/rooms/${room.id}`);
  await expect(audience(hostPage).getByText(member.displayName)).toBeVisible(FIRST_JOIN);
  expect(tokenRequests).toEqual([]);

  // A removed member gets no token from the same render, and is not marked present.
  const banned: TestUser = await createTestUser(e2eDb, { displayName: `Bo Banned ${tag}` });
  const bannedAt = new Date(Date.now() - 60_000);
  await e2eDb.roomParticipant.create({
    data: {
      roomId: room.id,
      userId: banned.id,
      role: "LISTENER",
      joinedAt: bannedAt,
      leftAt: bannedAt,
      bannedAt,
      bannedById: host.id,
    },
  });
  const bannedTab = await memberPage(browser, banned);
  const response = await bannedTab.goto(`/rooms/${room.id}`);
  await expect(
    bannedTab.getByRole("heading", { name: "You were removed from this room" }),
  ).toBeVisible();
  const html = (await response?.text()) ?? "";
  expect(html).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\./); // no JWT anywhere in the page
  await bannedTab.waitForTimeout(1_000);
  expect(await peerConnectionCount(bannedTab)).toBe(0);
  const row = await e2eDb.roomParticipant.findUniqueOrThrow({
    where: { roomId_userId: { roomId: room.id, userId: banned.id } },
    select: { joinedAt: true, leftAt: true },
  });
  expect(row).toEqual({ joinedAt: bannedAt, leftAt: bannedAt });
  await expect(audience(hostPage).getByText(banned.displayName)).toHaveCount(0);
});

test("a prefetched room page neither mints a token nor marks anyone present", async ({
  browser,
}) => {
  const { room, tag } = await liveRoom(browser, "Prefetch");
  const member = await createTestUser(e2eDb, { displayName: `Pia Prefetch ${tag}` });
  const page = await memberPage(browser, member);
  // What Next's router sends for a prefetch of the page, and what the browser sends for its own.
  const prefetches: Record<string, string>[] = [
    { rsc: "1", "next-router-prefetch": "1" },
    { "sec-purpose": "prefetch" },
  ];
  for (const headers of prefetches) {
    const response = await page.request.get(`/rooms/${room.id}`, { headers });
    expect(response.ok()).toBe(true);
    expect(await response.text()).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\./);
  }
  const row = await e2eDb.roomParticipant.findUnique({
    where: { roomId_userId: { roomId: room.id, userId: member.id } },
  });
  expect(row).toBeNull();
});

test("chat lines show the sender's username", async ({ browser }) => {
  const { hostPage, room, tag } = await liveRoom(browser, "Handles");
  // Two people may share a display name: the @handle tells them apart everywhere they act.
  const { user, page } = await listenerIn(browser, room.id, `Alex ${tag}`);
  await page.getByLabel("Message the room").fill("hello from the audience");
  await page.getByRole("button", { name: "Send" }).click();

  const line = hostPage
    .getByRole("log", { name: "Chat messages" })
    .getByRole("listitem")
    .filter({ hasText: "hello from the audience" });
  await expect(line).toContainText(
    `${user.displayName} @${user.username}: hello from the audience`,
  );

  await page.getByRole("button", { name: "Raise hand" }).click();
  const queue = hostPage.getByRole("region", { name: /Raised hands/ });
  await expect(queue.getByText(`@${user.username}`)).toBeVisible();
  await expect(
    queue.getByRole("button", { name: `Invite ${user.displayName} (@${user.username}) to speak` }),
  ).toBeVisible();
  // The person's card names them with their handle too.
  await expect(await personActions(hostPage, user.displayName)).toHaveAccessibleName(
    `Actions for ${user.displayName} (@${user.username})`,
  );
});
