import { expect, test, type Browser } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import {
  audience,
  FIRST_JOIN,
  memberPage,
  personActions,
  speakingMicLaunchOptions,
  stage,
} from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// Moderating the stage across real browsers: hands and removals travel from the app through
// LiveKit to every page without a reload (invitations to speak: stage-invitations.spec.ts).
test.use({ launchOptions: speakingMicLaunchOptions() });

async function liveRoomWithHost(browser: Browser) {
  const tag = Date.now() % 100_000;
  const host = await createTestUser(e2eDb, { displayName: `Mona Moderator ${tag}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id });
  const hostPage = await memberPage(browser, host);
  await hostPage.goto(`/rooms/${room.id}`);
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  return { host, room, hostPage, tag };
}

async function listenerIn(browser: Browser, roomId: string, displayName: string) {
  const user = await createTestUser(e2eDb, { displayName });
  const page = await memberPage(browser, user);
  await page.goto(`/rooms/${roomId}`);
  await expect(audience(page).getByText(displayName)).toBeVisible(FIRST_JOIN);
  return { user, page };
}

test("a raised hand reaches the moderator's queue without a reload", async ({ browser }) => {
  const { room, hostPage, tag } = await liveRoomWithHost(browser);
  const listener = await listenerIn(browser, room.id, `Hal Hands ${tag}`);
  const queue = hostPage.getByRole("region", { name: /Raised hands/ });
  await expect(queue.getByText("No hands raised.")).toBeVisible();

  await listener.page.getByRole("button", { name: "Raise hand" }).click();
  await expect(listener.page.getByRole("button", { name: "Lower hand" })).toBeVisible();

  await expect(queue.getByText(`Hal Hands ${tag}`, { exact: true })).toBeVisible();
  await expect(queue.getByText(`Hal Hands ${tag} raised a hand.`)).toBeAttached();

  // Lowering it takes it out of the queue just as fast.
  await listener.page.getByRole("button", { name: "Lower hand" }).click();
  await expect(queue.getByText("No hands raised.")).toBeVisible();
});

test("a removed participant cannot rejoin the room", async ({ browser }) => {
  const { room, hostPage, tag } = await liveRoomWithHost(browser);
  const name = `Rex Removed ${tag}`;
  const listener = await listenerIn(browser, room.id, name);

  hostPage.once("dialog", (dialog) => void dialog.accept());
  await (
    await personActions(hostPage, name)
  )
    .getByRole("button", { name: "Remove from room" })
    .click();

  await expect(
    listener.page.getByRole("heading", { name: "You were removed from this room" }),
  ).toBeVisible();
  await expect(audience(hostPage).getByText(name)).toHaveCount(0);

  await listener.page.goto(`/rooms/${room.id}`);
  await expect(
    listener.page.getByRole("heading", { name: "You were removed from this room" }),
  ).toBeVisible();
  await expect(listener.page.getByRole("button", { name: "Raise hand" })).toHaveCount(0);
  const ban = await e2eDb.roomParticipant.findUniqueOrThrow({
    where: { roomId_userId: { roomId: room.id, userId: listener.user.id } },
    select: { bannedAt: true },
  });
  expect(ban.bannedAt).toBeInstanceOf(Date);
});
