import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Locator, type Page } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import {
  audience,
  FIRST_JOIN,
  memberPage,
  speakingMicLaunchOptions,
  stage,
} from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser, type TestUser } from "../fixtures/users";

// The room read at a glance (issue 33.5): one card per person with everything the viewer may do,
// marks on avatars, labelled controls, and a control bar that never covers the room.
test.use({ launchOptions: speakingMicLaunchOptions() });
// Four people join one after another, then every view is measured at two sizes.
test.describe.configure({ timeout: 300_000 });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
// 104 characters: longer than the 80 a new room allows, as rooms made before that limit are.
const LONG_TITLE =
  "What are you listening to? Late-night records, forgotten B-sides and the songs that got us through";

type Box = { x: number; y: number; width: number; height: number };
type Member = { user: TestUser; page: Page };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  expect(box, "element has a box").not.toBeNull();
  return box ?? { x: 0, y: 0, width: 0, height: 0 };
}

async function join(browser: Browser, roomId: string, user: TestUser, onStage: boolean) {
  const page = await memberPage(browser, user);
  await page.goto(`/rooms/${roomId}`);
  const seat = onStage ? stage(page) : audience(page);
  await expect(seat.getByText(user.displayName)).toBeVisible(FIRST_JOIN);
  return { user, page };
}

/** A room with a host, a moderator, a speaker and a listener. */
async function fullRoom(browser: Browser, title?: string) {
  const tag = Date.now() % 100_000;
  const [host, moderator, speaker, listener] = await Promise.all(
    ["Hana Host", "Milo Moderator", "Sana Speaker", "Lior Listener"].map((name) =>
      createTestUser(e2eDb, { displayName: `${name} ${tag}` }),
    ),
  );
  if (!host || !moderator || !speaker || !listener) throw new Error("users not created");
  const room = await createLiveRoom(e2eDb, { hostId: host.id, ...(title ? { title } : {}) });
  await e2eDb.roomParticipant.createMany({
    data: [
      { roomId: room.id, userId: moderator.id, role: "MODERATOR", leftAt: new Date() },
      { roomId: room.id, userId: speaker.id, role: "SPEAKER", leftAt: new Date() },
    ],
  });
  // One after another: four first joins at once on a loaded two-core runner can outlast FIRST_JOIN.
  const h = await join(browser, room.id, host, true);
  const m = await join(browser, room.id, moderator, true);
  const s = await join(browser, room.id, speaker, true);
  const l = await join(browser, room.id, listener, false);
  return { room, host: h, moderator: m, speaker: s, listener: l };
}

function cardOf(page: Page, user: TestUser) {
  return page.getByRole("dialog", { name: `About ${user.displayName}` });
}

async function openCard(page: Page, seat: Locator, user: TestUser) {
  await seat.getByRole("button", { name: new RegExp(user.displayName) }).click();
  const card = cardOf(page, user);
  await expect(card).toBeVisible();
  return card;
}

function actionsIn(card: Locator, user: TestUser) {
  return card.getByRole("group", { name: `Actions for ${user.displayName} (@${user.username})` });
}

async function closeCard(card: Locator) {
  await card.getByRole("button", { name: "Close" }).click();
  await expect(card).toHaveCount(0);
}

test("tapping a person opens every action the viewer may take on them", async ({ browser }) => {
  const { host, speaker, listener } = await fullRoom(browser);

  // A raised hand shows on the listener's avatar for everyone.
  await listener.page.getByRole("button", { name: "Raise hand" }).click();
  const listenerTile = audience(host.page)
    .getByRole("listitem")
    .filter({ hasText: listener.user.displayName });
  await expect(listenerTile.getByTitle("Hand raised")).toBeVisible();

  // The host taps the listener: one card with who they are and everything the host may do.
  let card = await openCard(host.page, audience(host.page), listener.user);
  await expect(card.getByRole("link", { name: "View profile" })).toBeVisible();
  await expect(card.getByRole("button", { name: /^(Follow|Unfollow)$/ })).toBeVisible();
  let actions = actionsIn(card, listener.user);
  for (const name of ["Invite to speak", "Make moderator", "Remove from room"]) {
    await expect(actions.getByRole("button", { name })).toBeVisible();
  }
  await expect(actions.getByRole("button", { name: "Mute" })).toHaveCount(0);
  await expect(
    card.getByRole("button", { name: `Report ${listener.user.displayName}` }),
  ).toBeVisible();
  await expect(card.getByRole("button", { name: "Block" })).toBeVisible();
  await closeCard(card);

  // A speaker: mute and move to the audience too; the card closes once it is done.
  card = await openCard(host.page, stage(host.page), speaker.user);
  actions = actionsIn(card, speaker.user);
  for (const name of ["Mute", "Move to audience", "Make moderator", "Remove from room"]) {
    await expect(actions.getByRole("button", { name })).toBeVisible();
  }
  await actions.getByRole("button", { name: "Move to audience" }).click();
  await expect(card).toHaveCount(0);
  await expect(audience(host.page).getByText(speaker.user.displayName)).toBeVisible();

  // A listener looking at the host: who they are, follow, report and block; no stage actions.
  card = await openCard(listener.page, stage(listener.page), host.user);
  await expect(card.getByRole("button", { name: /^(Follow|Unfollow)$/ })).toBeVisible();
  await expect(card.getByRole("group", { name: /^Actions for/ })).toHaveCount(0);
  await expect(card.getByRole("button", { name: "Block" })).toBeVisible();
  await closeCard(card);

  // Yourself: your profile, and nothing to report or block.
  card = await openCard(listener.page, audience(listener.page), listener.user);
  await expect(card.getByRole("link", { name: "View profile" })).toBeVisible();
  await expect(card.getByRole("button", { name: "Block" })).toHaveCount(0);
  await closeCard(card);
});

/** Brings `target` into view as a tap or focus would, then checks the bar is clear of it. */
async function expectClearOfBar(page: Page, target: Locator, what: string) {
  const viewport = page.viewportSize() ?? PHONE;
  await target.scrollIntoViewIfNeeded();
  const bar = await boxOf(page.getByRole("region", { name: "Room controls" }));
  const box = await boxOf(target);
  expect(overlaps(bar, box), `the control bar covers ${what} at ${viewport.width}px`).toBe(false);
  expect(bar.y + bar.height).toBeLessThanOrEqual(viewport.height + 1);
  expect(box.y).toBeGreaterThanOrEqual(0);
}

async function expectRoomClearOfBar(member: Member, role: string) {
  const { page } = member;
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    const where = `${role} at ${viewport.width}×${viewport.height}`;
    const bar = page.getByRole("region", { name: "Room controls" });
    // One row, however many controls the role has (music mode included).
    expect((await boxOf(bar)).height, `the bar keeps to one row (${where})`).toBeLessThanOrEqual(
      viewport === PHONE ? 72 : 80,
    );
    // Every control says what it does: in words beside its icon, or (the reactions' emoji, the
    // raised-hand count) an accessible name and a tooltip.
    for (const button of await bar.getByRole("button").all()) {
      if (!(await button.isVisible())) continue;
      const words = (await button.innerText()).replace(/\d+/g, "").trim();
      const tooltip = (await button.getAttribute("title")) ?? "";
      expect(words || tooltip, `a labelled control (${where})`).not.toBe("");
    }
    // The header fits the title: two lines at most, the whole title a tap away.
    const heading = page.getByRole("heading", { level: 1 });
    expect((await boxOf(heading)).height, `the title keeps to two lines (${where})`).toBeLessThan(
      70,
    );
    await expect(heading).toHaveAttribute("title", LONG_TITLE);
    await expectClearOfBar(page, heading, `the title (${where})`);
    await expectClearOfBar(page, stage(page).getByRole("listitem").first(), `the stage (${where})`);
    await expectClearOfBar(
      page,
      audience(page).getByRole("listitem").last(),
      `the audience (${where})`,
    );
    const input = page.getByLabel("Message the room");
    await expectClearOfBar(page, input, `the chat input (${where})`);
    await expectClearOfBar(page, page.getByRole("button", { name: "Send" }), `Send (${where})`);
    // And at the very end of the page the bar sits below the chat.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(
      overlaps(await boxOf(bar), await boxOf(input)),
      `the bar covers the chat (${where})`,
    ).toBe(false);
    await page.evaluate(() => window.scrollTo(0, 0));
  }
}

test("nothing in the room is covered by the control bar on a phone or a desktop", async ({
  browser,
}) => {
  const { host, moderator, speaker, listener } = await fullRoom(browser, LONG_TITLE);
  // Music mode on: listeners are told, and the bar still keeps to one row.
  await host.page.getByRole("switch", { name: "Music mode" }).click();
  await expect(listener.page.getByText("Music mode", { exact: true })).toBeVisible();

  await expectRoomClearOfBar(listener, "listener");
  await expectRoomClearOfBar(speaker, "speaker");
  await expectRoomClearOfBar(moderator, "moderator");

  // Screenshots for people to look at (docs/screenshots when asked for).
  const directory = process.env.HEARTH_ROOM_SHOTS;
  if (!directory) return;
  mkdirSync(directory, { recursive: true });
  for (const locale of ["en", "zh-CN"] as const) {
    for (const [role, member] of [
      ["listener", listener],
      ["speaker", speaker],
      ["moderator", moderator],
    ] as const) {
      await e2eDb.user.update({ where: { id: member.user.id }, data: { locale } });
      for (const viewport of [PHONE, DESKTOP]) {
        await member.page.setViewportSize(viewport);
        await member.page.reload();
        await expect(member.page.locator("[data-identity]").first()).toBeVisible(FIRST_JOIN);
        await member.page.waitForTimeout(1500);
        const file = `room-${role}-${locale}-${viewport.width}x${viewport.height}.png`;
        await member.page.screenshot({ path: path.join(directory, file) });
      }
    }
  }
});
