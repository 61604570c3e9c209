import { expect, test } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import { FIRST_JOIN, memberPage } from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// Reporting a chat line, end to end: the member's dialog, the admins' queue with the line in its
// conversation and the room's moderation log, and a decision that takes it off the queue.
// Permissions and the decisions' effects are covered by tests/integration/reports.test.ts.

test("a reported chat message reaches the admin queue with its context", async ({ browser }) => {
  test.setTimeout(120_000);
  const tag = `${Date.now() % 1_000_000}`;
  const host = await createTestUser(e2eDb, { displayName: `Hana Host ${tag}` });
  const reporter = await createTestUser(e2eDb, { displayName: `Rita Reporter ${tag}` });
  const admin = await createTestUser(e2eDb, { role: "ADMIN", displayName: `Ada Admin ${tag}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id, title: `Reported room ${tag}` });
  // Something the room's moderators did, for the log the admin reads beside the report.
  await e2eDb.moderationEvent.create({
    data: { roomId: room.id, actorId: host.id, action: "HAND_RAISING_OFF" },
  });

  const hostPage = await memberPage(browser, host);
  await hostPage.goto(`/rooms/${room.id}`);
  const lines = [
    `Welcome, all ${tag}`,
    `Buy followers at spam.example ${tag}`,
    `Back to it ${tag}`,
  ];
  const chat = hostPage.getByRole("log", { name: "Chat messages" });
  for (const line of lines) {
    await hostPage.getByLabel("Message the room").fill(line);
    await hostPage.getByRole("button", { name: "Send" }).click();
    await expect(chat.getByText(line)).toBeVisible(FIRST_JOIN);
  }

  const reporterPage = await memberPage(browser, reporter);
  await reporterPage.goto(`/rooms/${room.id}`);
  const reportedLine = reporterPage.getByRole("listitem").filter({ hasText: lines[1] });
  await expect(reportedLine).toBeVisible(FIRST_JOIN);
  await reportedLine
    .getByRole("button", { name: `Report this message from ${host.displayName}` })
    .click();
  const dialog = reporterPage.getByRole("dialog", {
    name: `Report a message from ${host.displayName}`,
  });
  await dialog.getByLabel("Reason").selectOption("SPAM");
  const note = `Selling followers in the chat ${tag}`;
  await dialog.getByLabel("Anything admins should know (optional)").fill(note);
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(
    reporterPage.getByText("Thanks, your report was sent to the admins.", { exact: true }),
  ).toBeVisible();
  await expect(dialog).toBeHidden();

  const adminPage = await memberPage(browser, admin);
  await adminPage.goto("/admin");
  await adminPage.getByRole("link", { name: "Report queue" }).click();
  await expect(adminPage.getByRole("heading", { level: 1, name: "Report queue" })).toBeVisible();
  const card = adminPage.getByRole("article").filter({ hasText: note });
  await expect(card.getByText(reporter.displayName)).toBeVisible();
  await expect(card.getByText("Spam or selling")).toBeVisible();
  // The reported line is marked, with the lines before and after it.
  await expect(card.locator('[aria-current="true"]')).toContainText(lines[1] ?? "");
  await expect(card.getByText(lines[0] ?? "")).toBeVisible();
  await expect(card.getByText(lines[2] ?? "")).toBeVisible();
  const log = card.getByRole("region", { name: "The room's moderation log" });
  await expect(log.getByText("turned hand raising off")).toBeVisible();

  await card.getByRole("button", { name: "Dismiss" }).click();
  await expect(adminPage.getByText("Report dismissed.", { exact: true })).toBeVisible();
  await expect(card).toHaveCount(0);
  await adminPage.reload();
  await expect(adminPage.getByRole("article").filter({ hasText: note })).toHaveCount(0);
});
