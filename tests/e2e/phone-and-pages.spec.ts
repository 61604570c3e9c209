import { signIn } from "../fixtures/e2e-auth";
import { e2eDb } from "../fixtures/e2e-db";
import { FIRST_JOIN, memberPage, stage } from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { expect, test, type Locator, type Page } from "../fixtures/e2e-test";
import { createTestUser } from "../fixtures/users";

const PHONE = { width: 390, height: 844 };

type Box = { x: number; y: number; width: number; height: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  expect(box, "element has a box").not.toBeNull();
  return box ?? { x: 0, y: 0, width: 0, height: 0 };
}

/** Scrolls `target` into view as the browser would for a tap or focus, then compares boxes. */
async function expectClearOfBar(page: Page, target: Locator, what: string) {
  await target.scrollIntoViewIfNeeded();
  const bar = await boxOf(page.getByRole("region", { name: "Room controls" }));
  const box = await boxOf(target);
  expect(overlaps(bar, box), `the control bar covers ${what}`).toBe(false);
  // Both on screen: the bar is at the bottom of the viewport or above it, the target above the bar.
  expect(bar.y + bar.height).toBeLessThanOrEqual(PHONE.height + 1);
  expect(box.y).toBeGreaterThanOrEqual(0);
}

test("on a phone the header menu and room controls never cover content", async ({ browser }) => {
  const host = await createTestUser(e2eDb, { displayName: `Pia Phone ${Date.now() % 10_000}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id, title: `Phone ${host.username}` });
  const page = await memberPage(browser, host);
  await page.setViewportSize(PHONE);

  // The header: one menu button instead of a row of links running off the screen.
  await page.goto("/");
  const menuButton = page.getByRole("button", { name: "Menu" });
  await menuButton.click();
  for (const name of ["Settings", "Sign out"]) {
    const item = page.getByRole("menuitem", { name });
    await expect(item).toBeVisible();
    const box = await boxOf(item);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  }
  await page.getByRole("menuitem", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);

  // The room: a compact bar, and the people and the chat can always be brought out from under it.
  await page.goto(`/rooms/${room.id}`);
  await expect(stage(page).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  const bar = page.getByRole("region", { name: "Room controls" });
  expect((await boxOf(bar)).height, "the bar keeps to one row").toBeLessThanOrEqual(72);
  await expect(bar.getByRole("button", { name: "0 hands raised: show the queue" })).toBeVisible();

  const message = `Hello from a phone ${host.username}`;
  const input = page.getByLabel("Message the room");
  await input.fill(message);
  await page.getByRole("button", { name: "Send" }).click();
  const lastMessage = page.getByRole("log").getByText(message);
  await expect(lastMessage).toBeVisible();

  // A reaction from the bar's one button: its menu (loaded on that first press) opens, and the
  // emoji floats by the sender's tile for a moment.
  await bar.getByRole("button", { name: "React: pick a reaction" }).click();
  await page.getByRole("menuitem", { name: "React: Applause" }).click();
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(stage(page).locator(".animate-bounce")).toHaveCount(1);

  await expectClearOfBar(page, stage(page).getByRole("listitem").first(), "the stage");
  await expectClearOfBar(page, page.getByRole("region", { name: /^Listening/ }), "the audience");
  await expectClearOfBar(page, input, "the chat input");
  await expectClearOfBar(page, lastMessage, "the last message");

  // At the very end of the page the bar sits below the chat, not over it.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const atEnd = await boxOf(bar);
  expect(overlaps(atEnd, await boxOf(input)), "the bar covers the chat input at the end").toBe(
    false,
  );

  // A person is a tap away from their card.
  await stage(page)
    .getByRole("button", { name: new RegExp(host.displayName) })
    .click();
  const card = page.getByRole("dialog", { name: `About ${host.displayName}` });
  await expect(card.getByRole("link", { name: "View profile" })).toBeVisible();
  await card.getByRole("button", { name: "Close" }).click();

  // And Sign out is in the menu too.
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
});

test("a private room shows a page with a way back, not a bare 404", async ({ page }) => {
  const host = await createTestUser(e2eDb, { displayName: "Priya Private" });
  const member = await createTestUser(e2eDb, { displayName: "Max Member" });
  const room = await createLiveRoom(e2eDb, { hostId: host.id, visibility: "CLOSED" });
  await signIn(page, member);

  const response = await page.goto(`/rooms/${room.id}`);
  // Still a 404 for the machine: whether a closed room exists is not told to outsiders.
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This room is private" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the hallway" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Hallway" })).toBeVisible();

  // Any other address that leads nowhere says so the same way.
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This page isn’t here" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the hallway" })).toBeVisible();
});
