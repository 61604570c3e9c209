import { existsSync } from "node:fs";
import { expect, test, type Locator, type Page } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import { createSilentUser, seedReplay } from "../fixtures/replay-seed";
import { createLiveRoom } from "../fixtures/rooms";
import { sessionCookie } from "../fixtures/session-cookie";

// A finished replay is seeded (row and file); recording with real Egress is proven by the
// integration tests. What is checked here is what a listener notices: where the audio is.

// Signed in with a session cookie, as the sign-in form would leave it: these tests are about
// replays, and sign-in (an argon2 hash and two page loads) is tested in sign-in.spec.ts.
async function signInAs(page: Page, userId: string) {
  const [name = "", value = ""] = (await sessionCookie(userId)).split(/=(.*)/s);
  const url = test.info().project.use.baseURL ?? "http://127.0.0.1:3000";
  await page.context().addCookies([{ name, value, url }]);
}

const currentTime = (audio: Locator) =>
  audio.evaluate((element: HTMLAudioElement) => element.currentTime);

test("the replay page seeks and jumps to a speaker's segment", async ({ page }) => {
  const tag = Date.now() % 100_000;
  const [host, guest] = await Promise.all([
    createSilentUser(e2eDb, `Ada Host ${tag}`),
    createSilentUser(e2eDb, `Bo Guest ${tag}`),
  ]);
  const title = `Chapter talk ${tag}`;
  // The host's session is set while their replay is seeded.
  const [{ club, roomId, file }] = await Promise.all([
    (async () => {
      const club = await e2eDb.club.create({
        data: {
          slug: `replay-club-${host.username.replace(/_/g, "-")}`,
          name: `Night Readers ${tag}`,
          createdById: host.id,
          members: { create: { userId: host.id, role: "ADMIN" } },
        },
      });
      const seeded = await seedReplay(e2eDb, {
        hostId: host.id,
        clubId: club.id,
        title,
        seconds: 60,
        timeline: [
          { userId: host.id, startMs: 0, endMs: 20_000 },
          { userId: guest.id, startMs: 30_000, endMs: 50_000 },
        ],
      });
      return { club, ...seeded };
    })(),
    signInAs(page, host.id),
  ]);

  // Listed on the host's profile, and the link leads to the room's address.
  await page.goto(`/@${host.username}`);
  await page.getByRole("region", { name: "Replays" }).getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(`/rooms/${roomId}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: club.name })).toBeVisible();
  const speakers = page.getByRole("region", { name: "Speakers" });
  await expect(speakers.getByRole("link", { name: host.displayName })).toBeVisible();
  await expect(speakers.getByRole("link", { name: guest.displayName })).toBeVisible();

  const audio = page.locator("audio");
  const player = page.getByRole("region", { name: "Replay player" });
  await expect(player.getByText("0:00 of 1:00")).toBeVisible();

  await player.getByRole("button", { name: "Forward 15 seconds" }).click();
  await expect.poll(() => currentTime(audio)).toBeCloseTo(15, 0);
  await expect(player.getByText("0:15 of 1:00")).toBeVisible();
  await player.getByRole("button", { name: "Back 15 seconds" }).click();
  await expect.poll(() => currentTime(audio)).toBeLessThan(1);

  const seek = player.getByRole("slider", { name: "Position" });
  await seek.fill("45");
  await expect.poll(() => currentTime(audio)).toBeCloseTo(45, 0);
  await expect(seek).toHaveAttribute("aria-valuetext", "0:45 of 1:00");

  // Tapping the guest's segment jumps to it and plays from there.
  const guestChapter = player.getByRole("button", { name: `${guest.displayName} 0:30 to 0:50` });
  await guestChapter.click();
  await expect.poll(() => currentTime(audio)).toBeGreaterThanOrEqual(30);
  await expect.poll(() => currentTime(audio)).toBeGreaterThan(30.5);
  expect(await currentTime(audio)).toBeLessThan(40);
  await expect(guestChapter).toHaveAttribute("aria-current", "true");
  await expect(player.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(player.getByRole("status")).toHaveText(`${guest.displayName}, from 0:30`);

  await player.getByRole("button", { name: "1.5×" }).click();
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.playbackRate)).toBe(1.5);
  await expect(player.getByRole("button", { name: "1.5×" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(player.getByRole("button", { name: "1×" })).toHaveAttribute("aria-pressed", "false");
  await expect(player.getByRole("status")).toHaveText("Playing at 1.5×");
  await player.getByRole("button", { name: "2×" }).click();
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.playbackRate)).toBe(2);

  // Its host deletes it, after confirming (the club page's listing is tested in replay-listings).
  await page.getByRole("button", { name: "Delete replay" }).click();
  await page
    .getByRole("dialog", { name: "Delete this replay?" })
    .getByRole("button", { name: "Yes, delete it" })
    .click();
  await expect(page.getByRole("heading", { name: "This room has ended" })).toBeVisible();
  expect(existsSync(file)).toBe(false);
});

test("everyone in a recorded room sees it is recorded, and hears so on joining", async ({
  page,
}) => {
  const [host, listener] = await Promise.all([
    createSilentUser(e2eDb, "Absent Host"),
    createSilentUser(e2eDb, "Lee Listener"),
  ]);
  const room = await createLiveRoom(e2eDb, { hostId: host.id });
  await Promise.all([
    e2eDb.room.update({ where: { id: room.id }, data: { recordReplay: true } }),
    signInAs(page, listener.id),
  ]);
  await page.goto(`/rooms/${room.id}`);
  const header = page
    .locator("header")
    .filter({ has: page.getByRole("heading", { name: room.title }) });
  await expect(header.getByText("Recording", { exact: true })).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: "This room is being recorded" }),
  ).toHaveText("This room is being recorded: speakers' microphones go into a replay.");
});
