import { expect, test, type Browser, type Page } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import {
  audience,
  FIRST_JOIN,
  inboundStreams,
  memberPage,
  personActions,
  speakingMicLaunchOptions,
  stage,
} from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import type { TestUser } from "../fixtures/users";
import { createTestUser } from "../fixtures/users";

// Asked before going on stage, and told what happens there: invitations travel from the app
// through LiveKit to the listener (who answers) and back to the moderators; people a moderator
// acts on are told who did it. One room per test, one browser context per person.
test.use({ launchOptions: speakingMicLaunchOptions() });

type Member = { user: TestUser; page: Page };

/** Signs `user` in and opens the room, until they see themselves where they sit. */
async function join(browser: Browser, roomId: string, user: TestUser, onStage: boolean) {
  const page = await memberPage(browser, user);
  await page.goto(`/rooms/${roomId}`);
  const seat = onStage ? stage(page) : audience(page);
  await expect(seat.getByText(user.displayName)).toBeVisible(FIRST_JOIN);
  return { user, page };
}

/**
 * A live room with its host (Nora) and these members, everyone joining at once: first joins take
 * seconds each on a loaded runner, so one after another would spend most of a test waiting.
 */
async function liveRoom(browser: Browser, members: { name: string; speaker?: boolean }[]) {
  const tag = Date.now() % 100_000;
  const host = await createTestUser(e2eDb, { displayName: `Nora Host ${tag}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id });
  const users = await Promise.all(
    members.map((member) => createTestUser(e2eDb, { displayName: `${member.name} ${tag}` })),
  );
  const onStage = members.map((member) => member.speaker === true);
  // Already on stage when they arrive (as after accepting an invitation on an earlier visit).
  for (const [index, user] of users.entries()) {
    if (!onStage[index]) continue;
    await e2eDb.roomParticipant.create({
      data: { roomId: room.id, userId: user.id, role: "SPEAKER", leftAt: new Date() },
    });
  }
  const [nora, ...people] = await Promise.all([
    join(browser, room.id, host, true),
    ...users.map((user, index) => join(browser, room.id, user, onStage[index] === true)),
  ]);
  if (!nora) throw new Error("the host did not join");
  return { host, room, hostPage: nora.page, people: people satisfies Member[] };
}

function only<T>(items: T[]): T {
  const [item] = items;
  if (!item || items.length !== 1) throw new Error(`expected one, got ${items.length}`);
  return item;
}

/** Opens `name`'s card and picks one of its stage actions (the card then closes). */
async function moderate(page: Page, name: string, action: string) {
  await (await personActions(page, name)).getByRole("button", { name: action }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
}

async function roleInDb(roomId: string, userId: string) {
  return e2eDb.roomParticipant.findUniqueOrThrow({
    where: { roomId_userId: { roomId, userId } },
    select: { role: true, speakInvitedAt: true },
  });
}

test("an invited listener joins the stage only after accepting", async ({ browser }) => {
  // Three members with live audio in one browser: near 60 s on a busy runner.
  test.setTimeout(150_000);
  const { host, room, hostPage, people } = await liveRoom(browser, [
    { name: "Leo Listener" },
    { name: "Bo Bystander" },
  ]);
  const [asker, other] = people;
  if (!asker || !other) throw new Error("listeners missing");
  const speakerName = asker.user.displayName;
  const who = `${speakerName} (@${asker.user.username})`;

  // The host starts muted, so what the bystander hears next can only come from the new speaker.
  await expect(hostPage.getByRole("button", { name: "Unmute microphone" })).toBeVisible();
  await asker.page.getByRole("button", { name: "Raise hand" }).click();
  await hostPage.getByRole("button", { name: `Invite ${who} to speak` }).click();

  // Asked, not pulled: the listener sees the question and is still in the audience everywhere.
  const prompt = asker.page.getByRole("dialog", {
    name: `${host.displayName} invited you to speak`,
  });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole("button", { name: "Join the stage" })).toBeFocused();
  await expect(
    hostPage.getByRole("button", { name: `${who} is invited to speak and hasn't answered yet` }),
  ).toBeDisabled();
  await expect(audience(other.page).getByText(speakerName)).toBeVisible();
  await expect(stage(other.page).getByText(speakerName)).toHaveCount(0);
  expect((await roleInDb(room.id, asker.user.id)).role).toBe("LISTENER");

  await prompt.getByRole("button", { name: "Join the stage" }).click();
  await expect(prompt).toBeHidden();
  await expect(
    asker.page.getByText("You're on stage. Your mic is off until you unmute."),
  ).toBeVisible();
  await expect(hostPage.getByText(`${speakerName} joined the stage`).first()).toBeVisible();
  await expect(stage(other.page).getByText(speakerName)).toBeVisible();

  // On stage they publish, and the bystander hears them.
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

  // And they step down by themselves when they are done.
  await asker.page.getByRole("button", { name: "Leave the stage" }).click();
  await expect(asker.page.getByText("You're back in the audience.")).toBeVisible();
  await expect(audience(other.page).getByText(speakerName)).toBeVisible();
});

test("a declined invitation leaves the listener in the audience and tells the moderator", async ({
  browser,
}) => {
  // Two first joins on a loaded runner take most of the default minute by themselves.
  test.setTimeout(90_000);
  const { host, room, hostPage, people } = await liveRoom(browser, [{ name: "Dee Decliner" }]);
  const listener = only(people);
  const name = listener.user.displayName;

  await moderate(hostPage, name, "Invite to speak");
  await expect(audience(hostPage).getByText("Invited")).toBeVisible();
  const prompt = listener.page.getByRole("dialog", {
    name: `${host.displayName} invited you to speak`,
  });
  await expect(prompt).toBeVisible();
  await prompt.getByRole("button", { name: "Not now" }).click();

  await expect(hostPage.getByText(`${name} declined to speak`).first()).toBeVisible();
  await expect(audience(hostPage).getByText("Invited")).toHaveCount(0);
  await expect(prompt).toBeHidden();
  await expect(listener.page.getByRole("button", { name: "Raise hand" })).toBeVisible();
  await expect(audience(hostPage).getByText(name)).toBeVisible();
  expect(await roleInDb(room.id, listener.user.id)).toEqual({
    role: "LISTENER",
    speakInvitedAt: null,
  });
});

test("a speaker muted by a moderator is told so", async ({ browser }) => {
  test.setTimeout(90_000);
  const { host, hostPage, people } = await liveRoom(browser, [
    { name: "Sam Speaker", speaker: true },
  ]);
  const { user, page } = only(people);
  const name = user.displayName;
  await page.getByRole("button", { name: "Unmute microphone" }).click();
  await expect(page.getByRole("button", { name: "Mute microphone", exact: true })).toBeVisible();
  // The host sees the microphone live before muting it, so there is a track to mute.
  const tile = stage(hostPage).getByRole("listitem").filter({ hasText: name });
  await expect(tile).toBeVisible();
  await expect(tile.getByText("muted", { exact: true })).toHaveCount(0);

  const notice = page.getByRole("status").filter({ hasText: host.displayName });
  await moderate(hostPage, name, "Mute");
  await expect(notice).toHaveText(`${host.displayName} muted you`);
  await expect(page.getByRole("button", { name: "Unmute microphone" })).toBeVisible();

  // Told likewise when made a moderator and when moved to the audience.
  await moderate(hostPage, name, "Make moderator");
  await expect(
    page.getByRole("status").filter({ hasText: "You're a moderator now" }),
  ).toBeVisible();
  await moderate(hostPage, name, "Move to audience");
  await expect(notice).toHaveText(`${host.displayName} moved you to the audience`);
  await expect(page.getByRole("button", { name: "Raise hand" })).toBeVisible();
});
