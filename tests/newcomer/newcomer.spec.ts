import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  audience,
  inboundAudio,
  inboundStreams,
  personActions,
  recordPeerConnections,
  stage,
} from "../fixtures/e2e-live";
import {
  RUN_COMMAND_URL,
  portAnswers,
  removeCheckout,
  startRunCommand,
  throwawayCheckout,
  type RunCommand,
} from "./run-command";
import { unmuteHost } from "../fixtures/e2e-host";

// The four things Hearth exists for (redeem an invite, host, listen, the raise-hand queue), walked in
// Chromium on `bash scripts/run.sh` exactly as a newcomer starts it: the run command's own database,
// LiveKit and build, the admin and the invite it prints. Then it idles, joins again, stops with
// Ctrl-C and starts again.
test.describe.configure({ mode: "serial" });

type Member = { email: string; username: string; displayName: string; password: string };

let dir: string;
let hearth: RunCommand;
let host: Member;
let roomUrl: string;
const newcomer = member("Nora");
const friend = member("Leo");

function member(name: string): Member {
  const tag = randomBytes(3).toString("hex");
  return {
    email: `${name.toLowerCase()}-${tag}@example.test`,
    username: `${name.toLowerCase()}_${tag}`,
    displayName: `${name} ${tag}`,
    password: `a campfire for ${name} ${tag}`,
  };
}

test.beforeAll(async () => {
  dir = await throwawayCheckout();
  // The first start builds the app; later ones reuse the build.
  hearth = await startRunCommand(dir, 12 * 60_000);
  const admin = hearth.printed.admin;
  if (!admin) throw new Error(`the first start printed no admin login:\n${hearth.output()}`);
  host = { ...admin, username: "admin", displayName: "Hearth Admin" };
});

test.afterAll(async () => {
  await hearth?.interrupt();
  if (dir) await removeCheckout(dir);
});

async function personPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: RUN_COMMAND_URL });
  await recordPeerConnections(context);
  return context.newPage();
}

async function signIn(page: Page, person: Pick<Member, "email" | "password">) {
  await page.goto("/sign-in");
  await page.getByLabel("Email or username").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

async function redeem(page: Page, inviteUrl: string, inviter: string, person: Member) {
  await page.goto(inviteUrl);
  await expect(
    page.getByRole("heading", { name: `${inviter} invited you to Hearth` }),
  ).toBeVisible();
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Username").fill(person.username);
  await page.getByLabel("Display name").fill(person.displayName);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/welcome$/);
  await page.getByRole("button", { name: "Continue to the hallway" }).click();
  await expect(page.getByRole("heading", { name: "Hallway" })).toBeVisible();
}

/** From the hallway, the way a listener joins: the room's card. */
async function joinFromHallway(page: Page, title: string, person: Member) {
  await page.goto("/");
  await page.getByRole("link", { name: new RegExp(title) }).click();
  await expect(audience(page).getByText(person.displayName)).toBeVisible({ timeout: 30_000 });
}

async function hears(page: Page) {
  await expect
    .poll(
      async () => {
        const audio = await inboundAudio(page);
        return audio.bytes > 2_000 && audio.level > 0;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

test("a newcomer walks the four journeys on the run command exactly as the README starts it", async ({
  browser,
}) => {
  test.setTimeout(6 * 60_000);
  // 1. Redeem the printed invite and land in the hallway; then bring a friend with an invite of one's own.
  const newcomerPage = await personPage(browser);
  await redeem(newcomerPage, hearth.printed.inviteUrl, host.displayName, newcomer);
  await newcomerPage.goto("/invites");
  await newcomerPage.getByRole("button", { name: "Create an invite" }).click();
  const shareLink = newcomerPage.getByLabel("Share link");
  await expect(shareLink).toHaveValue(/\/invite\//);
  const friendPage = await personPage(browser);
  await redeem(friendPage, await shareLink.inputValue(), newcomer.displayName, friend);

  // 2. The admin hosts a room and is heard.
  const hostPage = await personPage(browser);
  await signIn(hostPage, host);
  const title = `Newcomers welcome ${randomBytes(2).toString("hex")}`;
  await hostPage.goto("/rooms/new");
  await hostPage.getByLabel("Title").fill(title);
  await hostPage.getByLabel("Topic").selectOption({ label: "Tech" });
  await hostPage.getByRole("button", { name: "Start room" }).click();
  await expect(hostPage).toHaveURL(/\/rooms\/[0-9a-f-]{36}$/);
  roomUrl = new URL(hostPage.url()).pathname;
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible({ timeout: 30_000 });
  // A new room starts with its host muted: they unmute from the "You're live" moment.
  await unmuteHost(hostPage);

  // 3. A listener joins from the hallway card and hears the host.
  await joinFromHallway(newcomerPage, title, newcomer);
  await hears(newcomerPage);
  await joinFromHallway(friendPage, title, friend);

  // 4. The raise-hand queue: hand, invitation, accepted; a third person hears the new speaker.
  await hostPage.getByRole("button", { name: "Mute microphone", exact: true }).click();
  await newcomerPage.getByRole("button", { name: "Raise hand" }).click();
  await hostPage
    .getByRole("button", {
      name: `Invite ${newcomer.displayName} (@${newcomer.username}) to speak`,
    })
    .click();
  const prompt = newcomerPage.getByRole("dialog", {
    name: `${host.displayName} invited you to speak`,
  });
  await prompt.getByRole("button", { name: "Join the stage" }).click();
  await expect(stage(friendPage).getByText(newcomer.displayName)).toBeVisible();
  const before = await inboundStreams(friendPage);
  await newcomerPage.getByRole("button", { name: "Unmute microphone" }).click();
  await expect
    .poll(
      async () => {
        const fresh = [...(await inboundStreams(friendPage))].filter(([ssrc]) => !before.has(ssrc));
        return fresh.some(([, stream]) => stream.bytes > 2_000 && stream.level > 0);
      },
      { timeout: 20_000 },
    )
    .toBe(true);

  // The host moves them back to the audience.
  await (
    await personActions(hostPage, newcomer.displayName)
  )
    .getByRole("button", { name: "Move to audience" })
    .click();
  await expect(audience(friendPage).getByText(newcomer.displayName)).toBeVisible();
  await expect(newcomerPage.getByRole("button", { name: "Raise hand" })).toBeVisible();

  // Idle past the database pool's idle timeout (pg closes a connection idle for 10 s), so the
  // second joins run on fresh connections, then both listeners join again.
  await hostPage.getByRole("button", { name: "Unmute microphone" }).click();
  await Promise.all([newcomerPage.goto("/"), friendPage.goto("/")]);
  await newcomerPage.waitForTimeout(15_000);
  await Promise.all([
    joinFromHallway(newcomerPage, title, newcomer),
    joinFromHallway(friendPage, title, friend),
  ]);
  await Promise.all([hears(newcomerPage), hears(friendPage)]);

  await hostPage.getByRole("button", { name: "End room" }).click();
  await hostPage.getByRole("button", { name: "Yes, end room" }).click();
  await expect(hostPage.getByRole("heading", { name: "This room has ended" })).toBeVisible();
});

test("the run command keeps accounts and rooms across a restart", async ({ browser }) => {
  test.setTimeout(4 * 60_000);
  expect(roomUrl).toBeTruthy();
  // Ctrl-C stops everything it started: nothing answers on its port afterwards.
  await hearth.interrupt();
  expect(await portAnswers()).toBe(false);

  hearth = await startRunCommand(dir, 4 * 60_000);
  expect(hearth.output()).not.toContain("creating the database");
  expect(hearth.output()).not.toContain("building the production app");

  const page = await personPage(browser);
  await signIn(page, newcomer);
  await page.goto(roomUrl);
  await expect(page.getByRole("heading", { name: "This room has ended" })).toBeVisible();
  await signIn(await personPage(browser), host);
  // The fresh invite of this start works for a newcomer of its own.
  const later = member("Ada");
  await redeem(await personPage(browser), hearth.printed.inviteUrl, host.displayName, later);
});
