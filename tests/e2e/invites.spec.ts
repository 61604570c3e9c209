import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "../fixtures/e2e-test";
import { normalizeInviteCode } from "@/lib/invite-code";
import { INVITE_REFUSALS } from "@/lib/validations/invites";
import { generateInviteCode, hashInviteCode } from "@/server/invites/invite-code";
import { e2eDb } from "../fixtures/e2e-db";
import { signIn } from "../fixtures/e2e-auth";
import { createTestUser } from "../fixtures/users";

function newcomerDetails() {
  const tag = randomBytes(4).toString("hex");
  return {
    email: `newcomer-${tag}@example.test`,
    username: `nc_${tag}`,
    displayName: `Nora ${tag}`,
    password: "a campfire in the hallway",
  };
}

async function fillSignup(page: Page, details: ReturnType<typeof newcomerDetails>) {
  await page.getByLabel("Email").fill(details.email);
  // People type handles any way they like; the account keeps it lower-cased.
  await page.getByLabel("Username").fill(details.username.toUpperCase());
  await page.getByLabel("Display name").fill(details.displayName);
  await page.getByLabel("Password").fill(details.password);
}

type InviteState = { redeemedAt?: Date; redeemedById?: string; revokedAt?: Date; expiresAt?: Date };

async function seedInvite(inviterId: string, state: InviteState = {}) {
  const code = generateInviteCode();
  const normalized = normalizeInviteCode(code);
  const invite = await e2eDb.invite.create({
    data: {
      codeHash: hashInviteCode(normalized),
      codePrefix: normalized.slice(0, 4),
      inviterId,
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
      ...state,
    },
    select: { id: true },
  });
  return { id: invite.id, code };
}

test("a newcomer redeems an invite link and lands in the hallway", async ({ page, browser }) => {
  const inviter = await createTestUser(e2eDb, { displayName: "Ines Inviter", invitesLeft: 3 });
  await signIn(page, inviter);
  await page.goto("/invites");
  await expect(page.getByText("You have 3 invites left.")).toBeVisible();
  await page.getByRole("button", { name: "Create an invite" }).click();
  const shareLink = page.getByLabel("Share link");
  await expect(shareLink).toHaveValue(/\/invite\/[2-9A-Z]{6}-[2-9A-Z]{6}-[2-9A-Z]{6}$/);
  const link = await shareLink.inputValue();
  await expect(page.getByText("You have 2 invites left.")).toBeVisible();
  await expect(page.getByText("Pending", { exact: true })).toBeVisible();

  const newcomerContext = await browser.newContext();
  const newcomer = await newcomerContext.newPage();
  await newcomer.goto(link);
  await expect(
    newcomer.getByRole("heading", { name: "Ines Inviter invited you to Hearth" }),
  ).toBeVisible();
  const details = newcomerDetails();
  await fillSignup(newcomer, details);
  await newcomer.getByRole("button", { name: "Create account" }).click();

  await expect(newcomer).toHaveURL(/\/welcome$/);
  await newcomer.getByLabel("Bio").fill("Karaoke on Fridays, startups the rest of the week.");
  await newcomer.getByLabel("Music and Karaoke").check();
  await newcomer.getByLabel("Business").check();
  await newcomer.getByRole("button", { name: "Continue to the hallway" }).click();
  await expect(newcomer.getByRole("heading", { name: "Hallway" })).toBeVisible();
  await expect(newcomer.getByRole("link", { name: details.displayName })).toBeVisible();

  const account = await e2eDb.user.findUniqueOrThrow({
    where: { username: details.username },
    select: {
      invitedById: true,
      bio: true,
      topics: true,
      following: { select: { followeeId: true } },
      followers: { select: { followerId: true } },
    },
  });
  expect(account.invitedById).toBe(inviter.id);
  expect(account.following).toEqual([{ followeeId: inviter.id }]);
  expect(account.followers).toEqual([{ followerId: inviter.id }]);
  expect(account.bio).toBe("Karaoke on Fridays, startups the rest of the week.");
  expect([...account.topics].sort()).toEqual(["BUSINESS", "MUSIC_KARAOKE"]);

  // The code was shown once; now the list says who joined with it.
  await page.reload();
  await expect(page.getByLabel("Share link")).toHaveCount(0);
  await expect(page.getByText("Redeemed", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(details.displayName) })).toHaveAttribute(
    "href",
    `/@${details.username}`,
  );
  await newcomerContext.close();
});

test("a used, expired or revoked invite code is refused with a clear message", async ({ page }) => {
  const inviter = await createTestUser(e2eDb, { displayName: "Rhea Refuser" });
  const earlier = await createTestUser(e2eDb);
  const used = await seedInvite(inviter.id, { redeemedAt: new Date(), redeemedById: earlier.id });
  const expired = await seedInvite(inviter.id, { expiresAt: new Date(Date.now() - 60_000) });
  const revoked = await seedInvite(inviter.id);

  // A used link: the page says so and offers no form.
  await page.goto(`/invite/${used.code}`);
  await expect(page.getByText(INVITE_REFUSALS.used)).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveCount(0);

  // An expired code typed by hand: the message sits next to the field.
  await page.goto("/invite");
  await page.getByLabel("Invite code").fill(expired.code.toLowerCase().replaceAll("-", " "));
  await page.getByRole("button", { name: "Continue" }).click();
  const codeField = page.getByLabel("Invite code");
  await expect(codeField).toHaveAccessibleDescription(INVITE_REFUSALS.expired);
  await expect(codeField).toHaveAttribute("aria-invalid", "true");

  // Revoked while the newcomer was filling in the form: nothing is created.
  await page.goto(`/invite/${revoked.code}`);
  await expect(
    page.getByRole("heading", { name: "Rhea Refuser invited you to Hearth" }),
  ).toBeVisible();
  const details = newcomerDetails();
  await fillSignup(page, details);
  await e2eDb.invite.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: INVITE_REFUSALS.revoked })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/invite/${revoked.code}$`));

  const created = await e2eDb.user.count({
    where: { OR: [{ email: details.email }, { username: details.username }] },
  });
  expect(created).toBe(0);
  const invites = await e2eDb.invite.findMany({
    where: { id: { in: [used.id, expired.id, revoked.id] } },
    select: { redeemedById: true },
  });
  expect(invites.map((invite) => invite.redeemedById).sort()).toEqual([earlier.id, null, null]);
});

test("a wrong, a used and an expired invite each say what happened", async ({ page, browser }) => {
  const inviter = await createTestUser(e2eDb, { displayName: "Wren Wording" });
  const earlier = await createTestUser(e2eDb);
  const used = await seedInvite(inviter.id, { redeemedAt: new Date(), redeemedById: earlier.id });
  const expired = await seedInvite(inviter.id, { expiresAt: new Date(Date.now() - 60_000) });
  const wrong = "ABC234-DEF567-GHJ789";

  // Links: each says what happened to that invite, and calls it a link.
  const said = [
    [`/invite/${wrong}`, INVITE_REFUSALS.unknownLink],
    [`/invite/${used.code}`, INVITE_REFUSALS.used],
    [`/invite/${expired.code}`, INVITE_REFUSALS.expired],
    ["/invite/ABC234-DEF", INVITE_REFUSALS.malformedLink],
  ] as const;
  for (const [path, message] of said) {
    await page.goto(path);
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveCount(0);
  }

  // A typed code is called a code.
  await page.goto("/invite");
  const codeField = page.getByLabel("Invite code");
  await codeField.fill(wrong);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(codeField).toHaveAccessibleDescription(INVITE_REFUSALS.unknownCode);
  await codeField.fill(used.code);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(codeField).toHaveAccessibleDescription(INVITE_REFUSALS.used);

  // In Chinese, the refusal page is Chinese too.
  const chinese = await browser.newContext({ locale: "zh-CN" });
  const zhPage = await chinese.newPage();
  await zhPage.goto(`/invite/${expired.code}`);
  await expect(zhPage.getByText("这个邀请已过期。请向邀请你的人要一个新的。")).toBeVisible();
  await expect(zhPage.getByText(INVITE_REFUSALS.expired)).toHaveCount(0);
  await chinese.close();
});
