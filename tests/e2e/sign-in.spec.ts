import { expect, test } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import { signIn } from "../fixtures/e2e-auth";
import { createTestUser } from "../fixtures/users";

test("a member signs in, lands in the hallway and signs out", async ({ page }) => {
  const member = await createTestUser(e2eDb, { displayName: "Sam Signin" });
  await page.goto("/invites");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Finvites/);

  await page.getByLabel("Email or username").fill(member.username);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That email, username or password is not right.",
  );

  await signIn(page, member);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Hallway" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sam Signin" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});
