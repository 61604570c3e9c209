import { expect, test } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import { unmuteHost } from "../fixtures/e2e-host";
import { FIRST_JOIN, memberPage, speakingMicLaunchOptions, stage } from "../fixtures/e2e-live";
import { outboundAudioBytes } from "../fixtures/e2e-outbound";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// One live room per person (docs/live-room.md, "One room at a time"): from another device (its
// own browser context, so no cookie is shared), opening a second room asks first; agreeing takes
// the member out of the first room everywhere before their microphone goes live in the second.

test.use({ launchOptions: speakingMicLaunchOptions() });

test("joining a second room asks first and never leaves two microphones live", async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const tag = Date.now() % 100_000;
  const nora = await createTestUser(e2eDb, { displayName: `Nora Twice ${tag}` });
  const leo = await createTestUser(e2eDb, { displayName: `Leo Other ${tag}` });
  const first = await createLiveRoom(e2eDb, { hostId: nora.id, title: `First talk ${tag}` });
  const second = await createLiveRoom(e2eDb, { hostId: leo.id, title: `Second talk ${tag}` });
  // Nora also has a seat on the second room's stage.
  await e2eDb.roomParticipant.create({
    data: { roomId: second.id, userId: nora.id, role: "SPEAKER", leftAt: new Date() },
  });

  // Leo is on his room's stage (a room with nobody on stage ends after the grace period).
  const leoPage = await memberPage(browser, leo);
  await leoPage.goto(`/rooms/${second.id}`);
  await expect(stage(leoPage).getByText(leo.displayName)).toBeVisible(FIRST_JOIN);

  // Device one: Nora hosts the first room, microphone live.
  const laptop = await memberPage(browser, nora);
  await laptop.goto(`/rooms/${first.id}`);
  await expect(stage(laptop).getByText(nora.displayName)).toBeVisible(FIRST_JOIN);
  await unmuteHost(laptop);
  await expect.poll(() => outboundAudioBytes(laptop), { timeout: 15_000 }).toBeGreaterThan(0);

  // Device two opens the second room: it asks first, and joins nothing meanwhile.
  const phone = await memberPage(browser, nora);
  await phone.goto(`/rooms/${second.id}`);
  const ask = phone.getByRole("heading", { name: `Leave “${first.title}”?` });
  await expect(ask).toBeVisible(FIRST_JOIN);
  await expect(phone.getByText(/in another tab or on another device/)).toBeVisible();
  await phone.screenshot({ path: testInfo.outputPath("asks-first.png") });
  await phone.waitForTimeout(2_000);
  expect(await outboundAudioBytes(phone)).toBe(0);
  const inSecond = await e2eDb.roomParticipant.findUniqueOrThrow({
    where: { roomId_userId: { roomId: second.id, userId: nora.id } },
  });
  expect(inSecond.leftAt).not.toBeNull();
  // The first device is still live in the first room.
  await expect(laptop.getByRole("button", { name: "Mute microphone", exact: true })).toBeVisible();

  // She agrees: the first device is out of the first room (which ends: nobody was left on its
  // stage to take it over), and the phone is on the second's stage.
  await phone.getByRole("button", { name: "Leave and join this room" }).click();
  await expect(laptop.getByRole("heading", { name: "This room has ended" })).toBeVisible(
    FIRST_JOIN,
  );
  await expect(stage(phone).getByText(nora.displayName)).toBeVisible(FIRST_JOIN);
  const sentThen = await outboundAudioBytes(laptop);
  await phone.getByRole("button", { name: "Unmute microphone" }).click();
  await expect(phone.getByRole("button", { name: "Mute microphone", exact: true })).toBeVisible();
  await expect.poll(() => outboundAudioBytes(phone), { timeout: 15_000 }).toBeGreaterThan(0);
  // Never two microphones: the laptop sends nothing more.
  await phone.waitForTimeout(2_000);
  expect(await outboundAudioBytes(laptop)).toBeLessThanOrEqual(sentThen);
  await phone.screenshot({ path: testInfo.outputPath("joined-second.png") });

  // Postgres agrees: gone from the first room (handed over or ended), present in the second.
  const rows = await e2eDb.roomParticipant.findMany({
    where: { userId: nora.id },
    select: { roomId: true, leftAt: true },
  });
  expect(rows.find((row) => row.roomId === first.id)?.leftAt).not.toBeNull();
  expect(rows.find((row) => row.roomId === second.id)?.leftAt).toBeNull();
});
