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

test("an admin disables a member, whose next page load is signed out", async ({ browser }) => {
  const admin = await createTestUser(e2eDb, { role: "ADMIN", displayName: "Ada Admin" });
  const member = await createTestUser(e2eDb, {
    displayName: "Moe Member",
    invitedById: admin.id,
  });
  const memberPage = await signedInPage(browser, member);
  await memberPage.goto("/settings");
  await expect(memberPage.getByRole("heading", { name: "Settings" })).toBeVisible();

  const adminPage = await signedInPage(browser, admin);
  await adminPage.getByRole("link", { name: "Admin", exact: true }).click();
  await expect(adminPage.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();

  await adminPage.getByRole("button", { name: "Mint invite" }).click();
  await expect(adminPage.getByLabel("Invite link")).toHaveValue(/\/invite\/[A-Z2-9-]{20}$/);

  const tree = adminPage.getByRole("list", { name: "Invite tree" });
  const adminBranch = tree.getByRole("listitem").filter({ hasText: admin.username });
  await expect(adminBranch.getByRole("link", { name: "Moe Member" })).toBeVisible();

  const row = adminPage.getByRole("row").filter({ hasText: member.username });
  await row.getByRole("button", { name: "Disable Moe Member" }).click();
  // It asks first: disabling signs the member out everywhere.
  const confirm = adminPage.getByRole("dialog", { name: "Disable Moe Member?" });
  await confirm.getByRole("button", { name: "Disable account" }).click();
  await expect(row.getByText("Disabled")).toBeVisible();
  await expect(row.getByRole("button", { name: "Re-enable Moe Member" })).toBeVisible();

  await memberPage.reload();
  await expect(memberPage).toHaveURL(/\/sign-in/);

  await row.getByRole("button", { name: "Re-enable Moe Member" }).click();
  await expect(row.getByRole("button", { name: "Disable Moe Member" })).toBeVisible();
  await signIn(memberPage, member);
});

test("the admin page does not exist for members", async ({ page }) => {
  const member = await createTestUser(e2eDb);
  await signIn(page, member);
  await expect(page.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
});
