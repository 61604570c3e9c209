import { expect, test, type Browser } from "../fixtures/e2e-test";
import { signIn } from "../fixtures/e2e-auth";
import { e2eDb } from "../fixtures/e2e-db";
import { FIRST_JOIN, stage } from "../fixtures/e2e-live";
import { createTestUser, type TestUser } from "../fixtures/users";

async function signedInPage(browser: Browser, user: TestUser) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  return page;
}

test("a private club admits members only after approval", async ({ browser }) => {
  const admin = await createTestUser(e2eDb, { displayName: "Ada Admin" });
  const applicant = await createTestUser(e2eDb, { displayName: "Pat Applicant" });
  const slug = `quiet-${admin.username.replace(/_/g, "-")}`;

  const adminPage = await signedInPage(browser, admin);
  await adminPage.goto("/clubs/new");
  await adminPage.getByLabel("Name").fill("Quiet Readers");
  await adminPage.getByLabel("Address").fill(slug);
  await adminPage.getByLabel("Culture").check();
  await adminPage.getByLabel(/^Private/).check();
  await adminPage.getByRole("button", { name: "Create club" }).click();
  await expect(adminPage).toHaveURL(`/clubs/${slug}`);
  await adminPage.getByRole("link", { name: "Start a club room" }).click();
  await adminPage.getByLabel("Title").fill("Members-only chapter chat");
  await adminPage.getByLabel("Topic").selectOption({ label: "Culture" });
  await expect(adminPage.getByRole("radio", { name: /^Club/ })).toBeChecked();
  await expect(adminPage.getByLabel("Club", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await adminPage.getByRole("button", { name: "Start room" }).click();
  await expect(adminPage).toHaveURL(/\/rooms\//);
  // The host stays in the room (a room nobody is on stage in is offered nowhere) and runs the club
  // from a second tab.
  await expect(stage(adminPage).getByText("Ada Admin")).toBeVisible(FIRST_JOIN);
  const adminClubPage = await adminPage.context().newPage();

  const applicantPage = await signedInPage(browser, applicant);
  await applicantPage.goto(`/clubs/${slug}`);
  await expect(applicantPage.getByText("Members-only chapter chat")).toHaveCount(0);
  await applicantPage.getByRole("button", { name: "Ask to join" }).click();
  await expect(applicantPage.getByRole("status")).toHaveText(
    "Request pending: an admin will decide.",
  );
  const members = applicantPage.getByRole("region", { name: /Members/ });
  await expect(members.getByText("Pat Applicant")).toHaveCount(0);
  await applicantPage.goto("/");
  await expect(applicantPage.getByText("Members-only chapter chat")).toHaveCount(0);

  await adminClubPage.goto(`/clubs/${slug}`);
  await adminClubPage.getByRole("button", { name: "Approve Pat Applicant" }).click();
  await expect(
    adminClubPage.getByRole("region", { name: /Members/ }).getByText("Pat Applicant"),
  ).toBeVisible();

  await applicantPage.goto(`/clubs/${slug}`);
  await expect(applicantPage.getByRole("button", { name: "Leave club" })).toBeVisible();
  await expect(
    applicantPage.getByRole("link", { name: /Members-only chapter chat/ }),
  ).toBeVisible();
  await applicantPage.goto("/");
  await expect(
    applicantPage.getByRole("link", { name: /Members-only chapter chat/ }),
  ).toBeVisible();
});
