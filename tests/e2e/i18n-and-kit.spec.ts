import { expect, test, type Browser, type Page } from "../fixtures/e2e-test";
import { signIn } from "../fixtures/e2e-auth";
import { e2eDb } from "../fixtures/e2e-db";
import { FIRST_JOIN, memberPage, stage } from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser, type TestUser } from "../fixtures/users";

async function signedInPage(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

// English chrome that must not survive on a page a Chinese-preferring member sees.
const ENGLISH_CHROME = [
  "Hallway",
  "Live now",
  "Upcoming",
  "Start a room",
  "Settings",
  "Sign out",
  "Raise hand",
  "Leave",
  "Mute microphone",
  "Unmute microphone",
  "End room",
  "On stage",
  "listening",
  "Speakers",
  "Audience",
];

/** Visible text and accessible names, minus what members typed (titles, names). */
async function chromeText(page: Page, typed: string[]) {
  const text = await page.evaluate(() => {
    const labels = [...document.querySelectorAll("[aria-label]")].map(
      (element) => element.getAttribute("aria-label") ?? "",
    );
    return [document.body.innerText, ...labels].join("\n");
  });
  return typed.reduce((rest, value) => rest.replaceAll(value, ""), text);
}

test("a member who prefers Chinese sees the hallway and the room in Chinese", async ({
  browser,
}) => {
  const host = await createTestUser(e2eDb, { displayName: "Hu Host" });
  const member = await createTestUser(e2eDb, { displayName: "Mei Member" });
  const room = await createLiveRoom(e2eDb, { hostId: host.id, title: `Tea talk ${host.username}` });
  // The hallway offers rooms someone can hear: the host is in theirs (a room nobody entered is
  // offered only until the presence sweep finds it empty, which a loaded run's sign-in outlasted).
  const hostPage = await memberPage(browser, host);
  await hostPage.goto(`/rooms/${room.id}`);
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  const page = await signedInPage(browser, member);

  // The browser asks for English; the member's own setting wins.
  await e2eDb.user.update({ where: { id: member.id }, data: { locale: "zh-CN" } });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "大厅" })).toBeVisible();
  await expect(page.getByRole("region", { name: "正在直播" })).toBeVisible();
  await expect(page.getByRole("link", { name: "开个房间" })).toBeVisible();
  const hallway = await chromeText(page, [room.title, host.displayName, member.displayName]);
  expect(ENGLISH_CHROME.filter((word) => hallway.includes(word))).toEqual([]);

  await page.getByRole("link", { name: new RegExp(room.title) }).click();
  await expect(page).toHaveURL(new RegExp(`/rooms/${room.id}$`));
  await expect(page.getByText(host.displayName).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const inRoom = await chromeText(page, [room.title, host.displayName, member.displayName]);
  expect(inRoom).toMatch(/[\u4e00-\u9fff]/);
  expect(ENGLISH_CHROME.filter((word) => inRoom.includes(word))).toEqual([]);
});

test("dialogs trap focus, close on Escape and return focus to their trigger", async ({
  browser,
}) => {
  const host = await createTestUser(e2eDb, { displayName: "Dee Dialog" });
  const page = await signedInPage(browser, host);
  const startsAt = new Date(Date.now() + 3 * 60 * 60 * 1000);
  const room = await e2eDb.room.create({
    data: {
      title: `Dialog check ${host.username}`,
      topic: "TECH",
      visibility: "OPEN",
      status: "SCHEDULED",
      scheduledFor: startsAt,
      createdById: host.id,
      handRaisingOn: true,
      speakerLimit: 20,
      participants: { create: { userId: host.id, role: "HOST", leftAt: new Date() } },
    },
    select: { id: true },
  });
  await page.goto(`/events/${room.id}`);

  const trigger = page.getByRole("button", { name: "Cancel room" });
  await trigger.click();
  const dialog = page.getByRole("dialog", { name: "Cancel this room?" });
  await expect(dialog).toBeVisible();
  // Focus starts inside, and Tab (forwards and back) never leaves the dialog.
  await expect(dialog.locator(":focus")).toHaveCount(1);
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press("Tab");
    await expect(dialog.locator(":focus")).toHaveCount(1);
  }
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press("Shift+Tab");
    await expect(dialog.locator(":focus")).toHaveCount(1);
  }
  // The page behind is inert to assistive technology while it is open.
  await expect(page.getByRole("button", { name: "Start the room now" })).toHaveCount(0);

  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(trigger).toBeFocused();
  // Escape only closed the dialog: the room is still scheduled.
  const after = await e2eDb.room.findUniqueOrThrow({ where: { id: room.id } });
  expect(after.status).toBe("SCHEDULED");
});
