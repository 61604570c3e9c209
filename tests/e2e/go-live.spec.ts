import { expect, test } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import { goLiveMoment } from "../fixtures/e2e-host";
import {
  audience,
  FIRST_JOIN,
  inboundAudio,
  memberPage,
  speakingMicLaunchOptions,
  stage,
} from "../fixtures/e2e-live";
import { outboundAudioBytes } from "../fixtures/e2e-outbound";
import { createTestUser } from "../fixtures/users";

// A new room starts with its host muted (docs/live-room.md, "The host starts muted"): the host
// sees "You're live — unmute when ready" with their microphone's level, and nothing they say
// leaves the browser until they unmute.

test.use({ launchOptions: speakingMicLaunchOptions() });

test("a new room starts with the host muted", async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const tag = Date.now() % 100_000;
  const host = await createTestUser(e2eDb, { displayName: `Mara Muted ${tag}` });
  const listener = await createTestUser(e2eDb, { displayName: `Lio Listener ${tag}` });
  const hostPage = await memberPage(browser, host);
  await hostPage.goto("/rooms/new");
  await hostPage.getByLabel("Title").fill(`Quiet start ${tag}`);
  await hostPage.getByLabel("Topic").selectOption({ label: "Tech" });
  await hostPage.getByRole("button", { name: "Start room" }).click();
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);

  // The moment: what it says, the level of the microphone (it moves: the fake mic talks), Unmute.
  const moment = goLiveMoment(hostPage);
  await expect(moment).toBeVisible();
  await expect(moment.getByText("Nobody hears you until you unmute.")).toBeVisible();
  const meter = moment.getByRole("meter", { name: "Your microphone level" });
  await expect(meter).toBeVisible();
  await expect
    .poll(async () => Number(await meter.getAttribute("aria-valuenow")), { timeout: 15_000 })
    .toBeGreaterThan(0);
  await expect(hostPage.getByRole("button", { name: "Unmute microphone" })).toBeVisible();
  await hostPage.screenshot({ path: testInfo.outputPath("go-live-moment.png") });

  // A listener arrives; for several seconds not one audio byte leaves the host's browser.
  const roomUrl = new URL(hostPage.url()).pathname;
  const listenerPage = await memberPage(browser, listener);
  await listenerPage.goto(roomUrl);
  await expect(audience(hostPage).getByText(listener.displayName)).toBeVisible(FIRST_JOIN);
  await expect(stage(listenerPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  await hostPage.waitForTimeout(3_000);
  expect(await outboundAudioBytes(hostPage)).toBe(0);
  expect((await inboundAudio(listenerPage)).bytes).toBe(0);

  // Unmute: the moment goes, the mic is live, and the listener hears the host.
  await moment.getByRole("button", { name: "Unmute" }).click();
  await expect(
    hostPage.getByRole("button", { name: "Mute microphone", exact: true }),
  ).toBeVisible();
  await expect(moment).toHaveCount(0);
  await expect.poll(() => outboundAudioBytes(hostPage), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect
    .poll(async () => (await inboundAudio(listenerPage)).level, { timeout: 20_000 })
    .toBeGreaterThan(0);
  await hostPage.screenshot({ path: testInfo.outputPath("after-unmute.png") });
});
