import { expect, test, type Browser } from "../fixtures/e2e-test";
import { signIn } from "../fixtures/e2e-auth";
import { e2eDb } from "../fixtures/e2e-db";
import { createTestUser, type TestUser } from "../fixtures/users";

async function signedInPage(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

test("members follow and unfollow each other", async ({ browser }) => {
  // Two members sign in and walk four pages each: 40 s in one clean run, over 60 s in another.
  test.setTimeout(150_000);
  const ana = await createTestUser(e2eDb, { displayName: "Ana Follower" });
  const bea = await createTestUser(e2eDb, { displayName: "Bea Followee" });

  const anaPage = await signedInPage(browser, ana);
  await anaPage.goto(`/@${bea.username}`);
  await expect(anaPage.getByRole("heading", { level: 1, name: "Bea Followee" })).toBeVisible();
  await expect(anaPage.getByRole("link", { name: "0 followers" })).toBeVisible();
  await anaPage.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(anaPage.getByRole("link", { name: "1 follower", exact: true })).toBeVisible();
  // The profile has two status lines once followed: the follow's and the mute button's.
  await expect(anaPage.getByRole("status").filter({ hasText: "You now follow" })).toHaveText(
    "You now follow Bea Followee.",
  );
  const beasFollowers = anaPage.getByRole("region", { name: "Followers" });
  await expect(beasFollowers.getByRole("link", { name: /Ana Follower/ })).toBeVisible();

  const beaPage = await signedInPage(browser, bea);
  await beaPage.goto(`/@${bea.username}`);
  await expect(beaPage.getByRole("button", { name: "Follow", exact: true })).toHaveCount(0);
  await beaPage
    .getByRole("region", { name: "Followers" })
    .getByRole("link", { name: /Ana Follower/ })
    .click();
  await expect(beaPage.getByRole("heading", { level: 1, name: "Ana Follower" })).toBeVisible();
  await expect(beaPage.getByRole("link", { name: "1 following" })).toBeVisible();

  await anaPage.getByRole("button", { name: "Unfollow" }).click();
  await expect(anaPage.getByRole("link", { name: "0 followers" })).toBeVisible();
  await expect(anaPage.getByRole("button", { name: "Follow", exact: true })).toBeVisible();
  await beaPage.reload();
  await expect(beaPage.getByRole("link", { name: "0 following" })).toBeVisible();
});

test("profiles are for signed-in members, and unknown names are not found", async ({ page }) => {
  const member = await createTestUser(e2eDb);
  // Signed out: a card that names nobody (it would tell whether the name exists) and the way in.
  await page.goto(`/@${member.username}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Someone on Hearth");
  await expect(page.getByText(member.displayName)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Follow", exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Sign in to see it" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2F%40/);

  await signIn(page, member);
  const response = await page.goto("/@nobody_by_that_name");
  expect(response?.status()).toBe(404);
});

test("a member edits their profile and changes password, staying signed in only here", async ({
  browser,
}) => {
  const member = await createTestUser(e2eDb, { displayName: "Cy Changer" });
  const elsewhere = await signedInPage(browser, member);
  const page = await signedInPage(browser, member);

  await page.goto("/settings");
  await page.getByLabel("Display name").fill("Cy Renamed");
  await page.getByLabel("Bio").fill("Plays bass on Tuesdays.");
  await page.getByRole("checkbox", { name: "Music and Karaoke" }).check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  await page.getByLabel("Current password").fill("not-the-password");
  await page.getByLabel("New password", { exact: true }).fill("a-new-long-password");
  await page.getByLabel("Confirm new password").fill("a-new-long-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.").first()).toBeVisible();

  await page.getByLabel("Current password").fill(member.password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(
    page.getByText("Password changed. Your other devices are signed out."),
  ).toBeVisible();

  await page.goto(`/@${member.username}`);
  await expect(page.getByRole("heading", { level: 1, name: "Cy Renamed" })).toBeVisible();
  await expect(page.getByText("Plays bass on Tuesdays.")).toBeVisible();

  await elsewhere.goto("/settings");
  await expect(elsewhere).toHaveURL(/\/sign-in/);
});
