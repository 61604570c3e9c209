import { expect, test, type Browser } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import { audience, FIRST_JOIN, memberPage, stage } from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser, type TestUser } from "../fixtures/users";

// The room's life around its people: the host leaving it to a moderator, chat kept for those who
// arrive later, and the host's summary at the end. One room per test, as few people as each needs.

async function join(browser: Browser, roomId: string, user: TestUser, onStage: boolean) {
  const page = await memberPage(browser, user);
  await page.goto(`/rooms/${roomId}`);
  const seat = onStage ? stage(page) : audience(page);
  await expect(seat.getByText(user.displayName)).toBeVisible(FIRST_JOIN);
  return page;
}

async function hostedRoom() {
  const tag = Date.now() % 100_000;
  const host = await createTestUser(e2eDb, { displayName: `Nora Host ${tag}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id });
  return { host, room, tag };
}

test("when the host leaves, a moderator becomes host and the room is told", async ({ browser }) => {
  const { host, room, tag } = await hostedRoom();
  const leo = await createTestUser(e2eDb, { displayName: `Leo Mod ${tag}` });
  await e2eDb.roomParticipant.create({
    data: { roomId: room.id, userId: leo.id, role: "MODERATOR", leftAt: new Date() },
  });
  const [hostPage, leoPage] = await Promise.all([
    join(browser, room.id, host, true),
    join(browser, room.id, leo, true),
  ]);

  await hostPage.getByRole("button", { name: "Leave quietly" }).click();
  const ask = hostPage.getByRole("dialog", { name: "End the room or leave it to the moderators?" });
  await ask.getByRole("button", { name: "Leave it to the moderators" }).click();
  await expect(ask).toBeHidden();

  // Told through the live path, as a status screen readers announce.
  await expect(
    leoPage
      .getByRole("status")
      .filter({ hasText: `${host.displayName} left; you're the host now` }),
  ).toBeVisible();
  // Leo now holds the host's controls (LiveKit was told his new role), and the room goes on.
  await expect(leoPage.getByRole("button", { name: "End room" })).toBeVisible();
  const row = await e2eDb.roomParticipant.findUniqueOrThrow({
    where: { roomId_userId: { roomId: room.id, userId: leo.id } },
    select: { role: true },
  });
  expect(row.role).toBe("HOST");
  expect((await e2eDb.room.findUniqueOrThrow({ where: { id: room.id } })).status).toBe("LIVE");
});

test("a late joiner sees the chat so far", async ({ browser }) => {
  const { host, room, tag } = await hostedRoom();
  const hostPage = await join(browser, room.id, host, true);
  const line = `Welcome, everyone ${tag}`;
  await hostPage.getByLabel("Message the room").fill(line);
  await hostPage.getByRole("button", { name: "Send" }).click();
  await expect(hostPage.getByRole("log", { name: "Chat messages" })).toContainText(line);

  const late = await createTestUser(e2eDb, { displayName: `Late Listener ${tag}` });
  const latePage = await join(browser, room.id, late, false);
  await expect(latePage.getByRole("log", { name: "Chat messages" })).toContainText(line);
});

test("the host sees a summary when the room ends", async ({ browser }) => {
  const { host, room } = await hostedRoom();
  const fan = await createTestUser(e2eDb);
  const hostPage = await join(browser, room.id, host, true);
  // Gained during the room: a follower, and two hands (the counter raiseHand keeps).
  await e2eDb.follow.create({ data: { followerId: fan.id, followeeId: host.id } });
  await e2eDb.room.update({ where: { id: room.id }, data: { handsRaised: 2 } });

  await hostPage.getByRole("button", { name: "End room" }).click();
  await hostPage.getByRole("button", { name: "Yes, end room" }).click();
  const summary = hostPage.getByRole("region", { name: "How your room went" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("definition")).toHaveText([/minute/, "0", "1", "1", "2"]);
});
