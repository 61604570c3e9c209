import { expect, test, type Browser } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import {
  audience,
  FIRST_JOIN,
  inboundStreams,
  memberPage,
  speakingMicLaunchOptions,
  stage,
} from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// Moderating the stage across real browsers: hands, invitations and removals travel from the app
// through LiveKit to every page without a reload.
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

test("an invited listener speaks and another listener hears them", async ({ browser }) => {
  // Three members with live audio in one browser: near 60 s on a busy runner.
  test.setTimeout(150_000);
  const { room, hostPage, tag } = await liveRoomWithHost(browser);
  const speakerName = `Ari Asker ${tag}`;
  const asker = await listenerIn(browser, room.id, speakerName);
  const other = await listenerIn(browser, room.id, `Bo Bystander ${tag}`);

  // The host stops talking, so what the bystander hears next can only come from the new speaker.
  await hostPage.getByRole("button", { name: "Mute microphone" }).click();
  await asker.page.getByRole("button", { name: "Raise hand" }).click();
  await expect(asker.page.getByRole("button", { name: "Lower hand" })).toBeVisible();
  await hostPage
    .getByRole("button", { name: `Invite ${speakerName} (@${asker.user.username}) to speak` })
    .click();

  await expect(
    asker.page.getByText("You're on stage. Your mic is off until you unmute."),
  ).toBeVisible();
  await expect(stage(other.page).getByText(speakerName)).toBeVisible();
  const before = await inboundStreams(other.page);
  await asker.page.getByRole("button", { name: "Unmute microphone" }).click();

  await expect
    .poll(
      async () => {
        const now = await inboundStreams(other.page);
        const fresh = [...now].filter(([ssrc]) => !before.has(ssrc));
        return fresh.some(([, stream]) => stream.bytes > 2_000 && stream.level > 0);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
});

test("a removed participant cannot rejoin the room", async ({ browser }) => {
  const { room, hostPage, tag } = await liveRoomWithHost(browser);
  const name = `Rex Removed ${tag}`;
  const listener = await listenerIn(browser, room.id, name);

  hostPage.once("dialog", (dialog) => void dialog.accept());
  await hostPage.getByRole("button", { name: `Actions for ${name}` }).click();
  await hostPage
    .getByRole("group", { name: `Actions for ${name}` })
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
