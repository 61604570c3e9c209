import { expect, test } from "../fixtures/e2e-test";

test("the home page renders in Chromium", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Hearth");
  await expect(page.getByRole("heading", { level: 1, name: /live audio rooms/i })).toBeVisible();
  const signIn = page.getByRole("link", { name: "Sign in" });
  await expect(signIn).toHaveAttribute("href", "/sign-in");
});
