import { expect, test } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import { unmuteHost } from "../fixtures/e2e-host";
import {
  audience,
  FIRST_JOIN,
  inboundAudio,
  memberPage,
  speakingMicLaunchOptions,
} from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// Pings (docs/social.md): "+ Ping" in a room tells a follower, whose toast's Join brings them in.
test.use({ launchOptions: speakingMicLaunchOptions() });

test("a pinged follower joins the room from the notification", async ({ browser }) => {
  const tag = Math.random().toString(36).slice(2, 7);
  const host = await createTestUser(e2eDb, { displayName: `Pam Pinger ${tag}` });
  const follower = await createTestUser(e2eDb, { displayName: `Finn Pinged ${tag}` });
  await e2eDb.follow.create({ data: { followerId: follower.id, followeeId: host.id } });
  const room = await createLiveRoom(e2eDb, { hostId: host.id, title: `Ping test ${tag}` });

  // The follower is elsewhere in the app; the host is live in the room, heard.
  const [followerPage, hostPage] = await Promise.all([
    memberPage(browser, follower),
    memberPage(browser, host),
  ]);
  await followerPage.goto("/search");
  await hostPage.goto(`/rooms/${room.id}`);
  await unmuteHost(hostPage);

  await hostPage.getByRole("button", { name: "Ping followers into the room" }).click();
  const dialog = hostPage.getByRole("dialog", { name: "Ping people into this room" });
  await dialog.getByRole("button", { name: `Ping ${follower.displayName}` }).click();
  await expect(dialog.getByRole("status")).toHaveText(
    `${follower.displayName} was pinged. They'll see it with Join.`,
  );
  await dialog.getByRole("button", { name: "Close" }).click();

  const toast = followerPage
    .getByRole("listitem")
    .filter({ hasText: `${host.displayName} pinged you to join` });
  await expect(toast).toContainText(room.title, { timeout: 15_000 });
  await toast.getByRole("link", { name: "Join" }).click();
  await expect(followerPage).toHaveURL(new RegExp(`/rooms/${room.id}$`));
  await expect(audience(followerPage).getByText(follower.displayName)).toBeVisible(FIRST_JOIN);
  await expect
    .poll(async () => (await inboundAudio(followerPage)).bytes, { timeout: 20_000 })
    .toBeGreaterThan(2_000);
});
