import sharp from "sharp";
import { expect, test } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import { FIRST_JOIN, memberPage, stage, tileOf } from "../fixtures/e2e-live";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

/** A large landscape photo (1600×900 JPEG, a gradient so it is not trivially small). */
async function landscapePhoto(): Promise<Buffer> {
  const width = 1600;
  const height = 900;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * 3;
      pixels[offset] = (x * 255) / width;
      pixels[offset + 1] = (y * 255) / height;
      pixels[offset + 2] = 160;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
}

test("an uploaded profile photo is resized and shown in the room", async ({ browser }) => {
  const host = await createTestUser(e2eDb, { displayName: `Pia Photo ${Date.now() % 10_000}` });
  const listener = await createTestUser(e2eDb, { displayName: "Lars Looking" });
  const room = await createLiveRoom(e2eDb, { hostId: host.id });

  const hostPage = await memberPage(browser, host);
  await hostPage.goto("/settings");
  await hostPage.getByLabel("Choose a photo").setInputFiles({
    name: "landscape.jpg",
    mimeType: "image/jpeg",
    buffer: await landscapePhoto(),
  });
  await expect(hostPage.getByRole("img", { name: "Preview of the photo you chose" })).toBeVisible();
  await hostPage.getByRole("button", { name: "Upload photo" }).click();
  await expect(hostPage.getByRole("status").filter({ hasText: "Photo saved." })).toBeVisible();

  // The served photo is a small square, whatever was uploaded, and cached for good by its URL.
  const photo = hostPage.locator("main img[data-avatar-photo]");
  await expect(photo).toHaveAttribute("src", /^\/api\/photos\/.+\?v=/);
  const response = await hostPage.request.get((await photo.getAttribute("src")) ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("immutable");
  const served = await sharp(await response.body()).metadata();
  expect([served.format, served.width, served.height]).toEqual(["webp", 256, 256]);

  await hostPage.goto(`/rooms/${room.id}`);
  const listenerPage = await memberPage(browser, listener);
  await listenerPage.goto(`/rooms/${room.id}`);
  const hostTile = tileOf(listenerPage, host);
  await expect(stage(listenerPage).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  // The listener sees the photo itself (loaded, not a broken image), not the initials.
  const tilePhoto = hostTile.locator("img[data-avatar-photo]");
  await expect(tilePhoto).toBeVisible();
  await expect
    .poll(() => tilePhoto.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBe(256);
  // The listener has no photo: their own tile keeps the initials.
  await expect(tileOf(listenerPage, listener).locator("img[data-avatar-photo]")).toHaveCount(0);
  // For the docs: PHOTO_SHOT=<file.png> keeps a picture of the room as the listener sees it.
  if (process.env.PHOTO_SHOT) await listenerPage.screenshot({ path: process.env.PHOTO_SHOT });
});
