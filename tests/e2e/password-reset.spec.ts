import { expect, test } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import { signIn } from "../fixtures/e2e-auth";
import { createTestUser } from "../fixtures/users";
import { linkIn, waitForMail } from "../support/mailpit";

test("a member resets a forgotten password through the email Mailpit received", async ({
  browser,
}) => {
  const member = await createTestUser(e2eDb, { displayName: "Rosa Reset" });
  // Signed in on another device before the reset: that session must end with it.
  const otherDevice = await browser.newPage();
  await signIn(otherDevice, member);

  const page = await browser.newPage();
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(member.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account uses that address");

  const mail = await waitForMail(member.email);
  expect(mail.Subject).toBe("Reset your Hearth password");
  expect(mail.Text).toContain(`@${member.username}`);
  await page.goto(linkIn(mail, "/reset-password/"));
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  const password = "lanterns over the quiet harbour";
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Type it again").fill(password);
  await page.getByRole("button", { name: "Set new password" }).click();

  await expect(page).toHaveURL(/\/sign-in\?reset=done$/);
  await expect(page.getByRole("status")).toContainText("Your password was changed");
  await signIn(page, { email: member.email, password });
  await expect(page.getByRole("link", { name: "Rosa Reset" })).toBeVisible();

  // The old session is gone, and the link does not work a second time.
  await otherDevice.goto("/settings");
  await expect(otherDevice).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings/);
  await otherDevice.goto(linkIn(mail, "/reset-password/"));
  await expect(otherDevice.getByText("This reset link doesn't work any more")).toBeVisible();
});

test("a new member confirms their address from the hallway's reminder", async ({ page }) => {
  const member = await createTestUser(e2eDb, { emailVerified: false });
  await signIn(page, member);
  await page.goto("/");
  const reminder = page.getByRole("complementary", { name: "Confirm your email" });
  await expect(reminder).toContainText(member.email);
  await reminder.getByRole("button", { name: "Send the link again" }).click();
  await expect(reminder.getByRole("status")).toHaveText("Sent. Check your inbox.");

  const mail = await waitForMail(member.email);
  expect(mail.Subject).toBe("Confirm your email address for Hearth");
  await page.goto(linkIn(mail, "/verify-email/"));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("status")).toHaveText("Thanks, your email address is confirmed.");
  await page.getByRole("link", { name: "Go to the hallway" }).click();
  await expect(page.getByRole("heading", { name: "Hallway" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Confirm your email" })).toHaveCount(0);
  await page.goto("/settings");
  await expect(page.getByText(`${member.email} is confirmed.`)).toBeVisible();
});
