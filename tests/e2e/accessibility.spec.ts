import { readdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "../fixtures/e2e-test";
import { normalizeInviteCode } from "@/lib/invite-code";
import { createEmailToken } from "@/server/email/email-token";
import { generateInviteCode, hashInviteCode } from "@/server/invites/invite-code";
import { e2eDb } from "../fixtures/e2e-db";
import { audience, FIRST_JOIN, memberPage, stage } from "../fixtures/e2e-live";
import { seedReplay, seedReplayClip } from "../fixtures/replay-seed";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser, type TestUser } from "../fixtures/users";

// Accessibility and steadiness, checked on every run: axe-core (WCAG 2.1 A and AA) on every page a
// member can reach at a desktop and a phone size, the room's layout shift while it joins, and a
// keyboard path to the room's controls.

const SIZES = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Finding = string;

/** Serious and critical violations on the page as it is now, at both sizes. */
async function scan(page: Page, label: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // Let a resize's re-layout (and anything that reacts to it) settle before axe reads the page.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    for (const violation of violations) {
      if (violation.impact !== "serious" && violation.impact !== "critical") continue;
      const where = violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(" | ");
      const finding = `${label} @ ${size.name}: ${violation.id} (${violation.impact}) at ${where}`;
      // Printed as found too, so a run that times out still says what it saw.
      console.log(`axe: ${finding}`);
      findings.push(finding);
    }
  }
  return findings;
}

/** Pages of src/app as path patterns (`[param]` matches one segment; route groups vanish). */
function appRoutes(): { route: string; pattern: RegExp }[] {
  const appDir = path.resolve(import.meta.dirname, "../../src/app");
  const routes: { route: string; pattern: RegExp }[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_") || entry.name.startsWith("@")) continue;
        const segment = /^\(.*\)$/.test(entry.name) ? [] : [entry.name];
        walk(path.join(dir, entry.name), [...segments, ...segment]);
      } else if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) {
        const route = `/${segments.join("/")}`;
        const source = segments
          .map((s) => (/^\[.+\]$/.test(s) ? "[^/]+" : s.replace(/[.*+?^${}()|\\]/g, "\\$&")))
          .join("/");
        routes.push({ route, pattern: new RegExp(`^/${source}$`) });
      }
    }
  };
  walk(appDir, []);
  return routes;
}

async function seedInviteCode(inviterId: string): Promise<string> {
  const code = generateInviteCode();
  const normalized = normalizeInviteCode(code);
  await e2eDb.invite.create({
    data: {
      codeHash: hashInviteCode(normalized),
      codePrefix: normalized.slice(0, 4),
      inviterId,
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
    },
  });
  return code;
}

async function seedClub(adminId: string, tag: string) {
  return e2eDb.club.create({
    data: {
      slug: `a11y-${tag}`,
      name: `Accessible Club ${tag}`,
      description: "A club for checking every page.",
      topics: ["TECH"],
      createdById: adminId,
      members: { create: { userId: adminId, role: "ADMIN" } },
    },
    select: { id: true, slug: true },
  });
}

async function seedScheduledRoom(hostId: string) {
  return e2eDb.room.create({
    data: {
      title: "A scheduled chat",
      topic: "TECH",
      status: "SCHEDULED",
      scheduledFor: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000),
      createdById: hostId,
      participants: { create: { userId: hostId, role: "HOST", leftAt: new Date() } },
    },
    select: { id: true },
  });
}

/** A live room with a host, a speaker and a listener connected, a hand raised and a chat line. */
async function busyRoom(browser: Browser, tag: string) {
  const host = await createTestUser(e2eDb, { displayName: `Hana Host ${tag}` });
  const speaker = await createTestUser(e2eDb, { displayName: `Sol Speaker ${tag}` });
  const listener = await createTestUser(e2eDb, { displayName: `Lin Listener ${tag}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id, title: `Busy room ${tag}` });
  // On stage before they arrive, as if invited up earlier: the join keeps a stored role.
  await e2eDb.roomParticipant.create({
    data: { roomId: room.id, userId: speaker.id, role: "SPEAKER", leftAt: new Date() },
  });

  const hostPage = await memberPage(browser, host);
  await hostPage.goto(`/rooms/${room.id}`);
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  const speakerPage = await memberPage(browser, speaker);
  await speakerPage.goto(`/rooms/${room.id}`);
  await expect(stage(speakerPage).getByText(speaker.displayName)).toBeVisible(FIRST_JOIN);
  const listenerPage = await memberPage(browser, listener);
  await listenerPage.goto(`/rooms/${room.id}`);
  await expect(audience(listenerPage).getByText(listener.displayName)).toBeVisible(FIRST_JOIN);

  await listenerPage.getByRole("button", { name: "Raise hand" }).click();
  const queue = hostPage.getByRole("region", { name: /Raised hands/ });
  await expect(queue.getByText(listener.displayName, { exact: true })).toBeVisible();
  await hostPage.getByLabel("Message the room").fill("Welcome, everyone");
  await hostPage.getByRole("button", { name: "Send" }).click();
  await expect(listenerPage.getByText("Welcome, everyone")).toBeVisible();
  return { room, pages: { host: hostPage, speaker: speakerPage, listener: listenerPage } };
}

test("every page has no serious accessibility violation at desktop and phone sizes", async ({
  browser,
}) => {
  test.setTimeout(480_000);
  const tag = `${Date.now() % 1_000_000}`;
  const findings: Finding[] = [];
  const visited: string[] = [];
  const check = async (page: Page, url: string, label = url) => {
    // Not "networkidle": a member's pages hold a notifications stream open.
    await page.goto(url);
    visited.push(new URL(page.url()).pathname.replace(/^\/@/, "/u/"));
    findings.push(...(await scan(page, label)));
  };

  const admin = await createTestUser(e2eDb, { role: "ADMIN", displayName: `Ada Admin ${tag}` });
  const member = await createTestUser(e2eDb, { displayName: `Mia Member ${tag}` });
  const club = await seedClub(admin.id, tag);
  const event = await seedScheduledRoom(admin.id);
  // The admin's profile introduces them to the member: a link, a club in common and a follower
  // the member knows.
  const known = await createTestUser(e2eDb, { displayName: `Kim Known ${tag}` });
  await e2eDb.user.update({
    where: { id: admin.id },
    data: { links: ["https://example.com/ada"] },
  });
  await e2eDb.clubMember.create({ data: { clubId: club.id, userId: member.id } });
  await e2eDb.follow.createMany({
    data: [
      { followerId: member.id, followeeId: known.id },
      { followerId: known.id, followeeId: admin.id },
    ],
  });

  // Signed out: the front door, signing in, and signing up with an invite.
  const visitor = await (await browser.newContext()).newPage();
  await check(visitor, "/", "front door");
  await check(visitor, "/sign-in");
  await check(visitor, "/invite");
  await check(visitor, `/invite/${await seedInviteCode(admin.id)}`, "signup");
  // A shared link opened signed out: the share card and the way in.
  await check(visitor, `/events/${event.id}`, "shared link, signed out");
  // Mailed links as their recipient opens them: asking for a reset, then a live reset link and a
  // live link to confirm an address.
  await check(visitor, "/forgot-password");
  const mailedLink = (purpose: "PASSWORD_RESET" | "VERIFY_EMAIL") =>
    createEmailToken(e2eDb, { userId: member.id, email: member.email, purpose });
  await check(visitor, `/reset-password/${await mailedLink("PASSWORD_RESET")}`, "reset link");
  await check(visitor, `/verify-email/${await mailedLink("VERIFY_EMAIL")}`, "confirmation link");

  // A backchannel thread with the admin, a message each way, one of them unread.
  const thread = await e2eDb.backchannelThread.create({
    data: {
      pairKey: [member.id, admin.id].sort().join(":"),
      createdById: member.id,
      members: { create: [{ userId: member.id }, { userId: admin.id }] },
      messages: {
        create: [
          { senderId: member.id, body: "Loved your point about rooms" },
          {
            senderId: admin.id,
            body: "Thanks! Come up next time",
            createdAt: new Date(Date.now() + 1000),
          },
        ],
      },
    },
    select: { id: true },
  });

  // A member's pages.
  const memberTab = await memberPage(browser, member);
  for (const url of [
    "/",
    "/welcome",
    "/clubs",
    "/clubs/new",
    `/clubs/${club.slug}`,
    "/rooms/new",
    `/events/${event.id}`,
    "/invites",
    "/settings",
    `/@${member.username}`,
    `/@${admin.username}`,
    `/search?q=${encodeURIComponent("Ada Admn")}`,
    "/notifications",
    "/meet",
    "/messages",
    `/messages/${thread.id}`,
  ]) {
    await check(memberTab, url);
  }
  const adminTab = await memberPage(browser, admin);
  await check(adminTab, "/admin");
  // The report queue with one chat-line report in it, so its context and buttons are scanned.
  const reported = await createTestUser(e2eDb, { displayName: `Rex Reported ${tag}` });
  await e2eDb.report.create({
    data: {
      kind: "CHAT_MESSAGE",
      reporterId: member.id,
      targetId: reported.id,
      roomId: event.id,
      reason: "SPAM",
      note: "Selling things in the chat.",
      chatMessageId: "00000000-0000-7000-8000-000000000001",
      chatContext: [
        {
          id: "00000000-0000-7000-8000-000000000001",
          senderId: reported.id,
          senderName: reported.displayName,
          senderUsername: reported.username,
          text: "Buy followers here",
          sentAt: new Date().toISOString(),
        },
      ],
    },
  });
  await check(adminTab, "/admin/reports");
  // An ended room's address serves its replay (player, speakers, the host's delete button).
  const replay = await seedReplay(e2eDb, {
    hostId: admin.id,
    title: `A replay ${tag}`,
    seconds: 5,
    timeline: [{ userId: admin.id, startMs: 0, endMs: 4_000 }],
  });
  await check(adminTab, `/rooms/${replay.roomId}`, "replay");
  // A clip of it, as its page plays it.
  const clip = await seedReplayClip(e2eDb, replay, admin.id);
  await check(adminTab, `/clips/${clip.clipId}`, "clip");

  // The live room from every seat, with a hand raised and a chat line.
  const { room, pages } = await busyRoom(browser, tag);
  for (const [seat, page] of Object.entries(pages)) {
    findings.push(...(await scan(page, `room as ${seat}`)));
  }
  visited.push(`/rooms/${room.id}`);

  expect(findings, findings.join("\n")).toEqual([]);
  const missed = appRoutes()
    .filter(({ pattern }) => !visited.some((visitedPath) => pattern.test(visitedPath)))
    .map(({ route }) => route);
  expect(missed, `pages this test does not visit yet: ${missed.join(", ")}`).toEqual([]);
});

// The room's first paint is its skeleton (the same layout at the same sizes, placeholder tiles for
// who is there), tiles are one fixed size, and notices float over the page: joining moves nothing.
// Before that it measured 0.06–0.11 at phone size (the audience and chat moved as the stage filled).
test("the room page does not shift while it joins", async ({ browser }) => {
  test.setTimeout(180_000);
  const tag = `${Date.now() % 1_000_000}`;
  const host = await createTestUser(e2eDb, { displayName: `Hugo Host ${tag}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id });
  const hostPage = await memberPage(browser, host);
  await hostPage.goto(`/rooms/${room.id}`);
  // Generous: on a loaded machine the first join of a room (LiveKit creates it) can take seconds.
  await expect(stage(hostPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);

  for (const size of SIZES) {
    const listener: TestUser = await createTestUser(e2eDb, { displayName: `Lea ${size.name}` });
    const page = await memberPage(browser, listener);
    await page.setViewportSize({ width: size.width, height: size.height });
    // Every layout shift from the navigation on, with what moved (for the failure message).
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      Reflect.set(window, "__hearthShifts", shifts);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const shift = entry as PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node | null }[];
          };
          if (shift.hadRecentInput) continue;
          shifts.push({
            value: shift.value,
            sources: (shift.sources ?? []).map((source) => {
              const node = source.node;
              if (!(node instanceof Element)) return node?.nodeName ?? "?";
              const label = node.getAttribute("aria-label") ?? node.textContent?.slice(0, 40);
              return `${node.tagName.toLowerCase()}.${node.className.toString().slice(0, 40)} "${label ?? ""}"`;
            }),
          });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`/rooms/${room.id}`);
    await expect(audience(page).getByText(listener.displayName)).toBeVisible(FIRST_JOIN);
    await expect(stage(page).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
    // Late arrivals (avatars, the speaking ring, counts) get a moment to move things, if they do.
    await page.waitForTimeout(1_500);
    type Shift = { value: number; sources: string[] };
    const shifts = await page.evaluate(
      (): Shift[] => Reflect.get(window, "__hearthShifts") as Shift[],
    );
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    const detail = shifts.map((s) => `${s.value.toFixed(3)} ${s.sources.join(", ")}`).join("\n");
    console.log(`layout shift while joining at ${size.name} size: ${total.toFixed(4)}`);
    // Soft, so a failure reports both sizes.
    expect
      .soft(total, `cumulative layout shift at ${size.name} size:\n${detail}`)
      .toBeLessThan(0.1);
    await page.context().close();
  }
});

test("a keyboard user reaches the room controls through a skip link", async ({ browser }) => {
  test.setTimeout(120_000);
  const host = await createTestUser(e2eDb, { displayName: `Kim Keys ${Date.now() % 100_000}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id });
  const page = await memberPage(browser, host);
  await page.goto(`/rooms/${room.id}`);
  // As in the layout-shift test: the first join of a room (LiveKit creates it) can take seconds
  // on a loaded machine, and the stage names people once connected.
  await expect(stage(page).getByText(host.displayName)).toBeVisible(FIRST_JOIN);

  // The first Tab of the page lands on the skip links, which show themselves when focused.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to room controls" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");

  // From the controls, the microphone is a couple of Tabs away, not fourteen.
  // The host starts muted (the "You're live" moment): the control bar's button unmutes.
  const mute = page.getByRole("button", { name: "Unmute microphone" });
  for (let presses = 0; presses < 3; presses++) {
    await page.keyboard.press("Tab");
    if (await mute.evaluate((button) => button === document.activeElement)) break;
  }
  await expect(mute).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Mute microphone", exact: true })).toBeVisible();
});
