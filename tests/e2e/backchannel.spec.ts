import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import { unmuteHost } from "../fixtures/e2e-host";
import {
  audience,
  FIRST_JOIN,
  inboundAudio,
  memberPage,
  personActions,
  speakingMicLaunchOptions,
  stage,
} from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// The backchannel beside a room (docs/backchannel.md): a listener opens a thread from the host's
// card and reads it while the room keeps playing in the mini-player.
test.use({ launchOptions: speakingMicLaunchOptions() });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const MESSAGE = { en: "Message", "zh-CN": "私信" } as const;

test("a thread opened from a person's card in a room keeps the room playing", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const tag = Date.now() % 100_000;
  const host = await createTestUser(e2eDb, { displayName: `Hana Host ${tag}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id, title: `Late night radio ${tag}` });
  const hostPage = await memberPage(browser, host);
  await hostPage.goto(`/rooms/${room.id}`);
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  await unmuteHost(hostPage);

  const listener = await createTestUser(e2eDb, { displayName: `Leo Listener ${tag}` });
  const page = await memberPage(browser, listener);
  await page.goto(`/rooms/${room.id}`);
  await expect(audience(page).getByText(listener.displayName)).toBeVisible(FIRST_JOIN);

  await personActions(page, host.displayName);
  await page.getByRole("dialog").getByRole("button", { name: "Message" }).click();
  await expect(page).toHaveURL(/\/messages\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("region", { name: "Now listening" })).toBeVisible();
  const threadId = page.url().split("/").pop() ?? "";

  const composer = page.getByLabel(`Message ${host.displayName}`);
  await composer.fill("Can I come up after this topic?");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("log").getByText("Can I come up after this topic?")).toBeVisible();

  // The host answers from their room page; the thread shows it live, and the audio never stopped.
  const before = await inboundAudio(page);
  const answer = await hostPage.evaluate(async (id) => {
    const response = await fetch(`/api/backchannel/threads/${id}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ body: "Sure, raise your hand after the break" }),
    });
    return response.status;
  }, threadId);
  expect(answer).toBe(200);
  await expect(
    page.getByRole("log").getByText("Sure, raise your hand after the break"),
  ).toBeVisible();
  await expect
    .poll(async () => (await inboundAudio(page)).bytes, { timeout: 15_000 })
    .toBeGreaterThan(before.bytes + 1_000);

  // Screenshots for people to look at (docs/screenshots when asked for).
  const directory = process.env.HEARTH_BACKCHANNEL_SHOTS;
  if (!directory) return;
  mkdirSync(directory, { recursive: true });
  for (const locale of ["en", "zh-CN"] as const) {
    await e2eDb.user.update({ where: { id: listener.id }, data: { locale } });
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      // Back to the room, then the thread from the host's card, as a listener opens it.
      await page.goto(`/rooms/${room.id}`);
      await page.locator(`[data-identity="${host.id}"]`).getByRole("button").first().click();
      await page
        .getByRole("dialog")
        .getByRole("button", { name: MESSAGE[locale], exact: true })
        .click();
      await page.waitForURL(`**/messages/${threadId}`);
      await page.waitForTimeout(1500);
      const size = `${viewport.width}x${viewport.height}`;
      await page.screenshot({ path: path.join(directory, `backchannel-${locale}-${size}.png`) });
      await page.locator(`main a[href="/messages"]`).click();
      await page.waitForURL("**/messages");
      await page.waitForTimeout(1000);
      await page.screenshot({
        path: path.join(directory, `backchannel-inbox-${locale}-${size}.png`),
      });
    }
  }
});
