import { NextRequest } from "next/server";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { PUT as putPhoto } from "@/app/api/photos/route";
import { PROFILE_PHOTO_API, PROFILE_PHOTO_MAX_BYTES } from "@/lib/validations/profile-photo";
import { db } from "@/server/db";
import { findProfilePhoto } from "@/server/photos/find-profile-photo";
import { pushPhotoToRooms } from "@/server/photos/push-photo-to-rooms";
import { removeProfilePhoto } from "@/server/photos/remove-profile-photo";
import { uploadProfilePhoto } from "@/server/photos/upload-profile-photo";
import { createLiveRoom } from "../fixtures/rooms";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser } from "../fixtures/users";
import { appOrigin } from "../support/api-request";

const RED = { r: 220, g: 20, b: 20 };
const GREEN = { r: 20, g: 200, b: 20 };
const BLUE = { r: 20, g: 20, b: 220 };

/**
 * A 1600×900 JPEG in three vertical bands (red, green, blue) carrying a GPS position in its EXIF:
 * a centred square crop keeps red at its left edge and blue at its right.
 */
async function bandedPhotoWithGps(): Promise<Uint8Array> {
  const band = (colour: typeof RED) =>
    sharp({ create: { width: 534, height: 900, channels: 3, background: colour } })
      .png()
      .toBuffer();
  const [red, green, blue] = await Promise.all([band(RED), band(GREEN), band(BLUE)]);
  const jpeg = await sharp({
    create: { width: 1600, height: 900, channels: 3, background: GREEN },
  })
    .composite([
      { input: red, left: 0, top: 0 },
      { input: green, left: 533, top: 0 },
      { input: blue, left: 1066, top: 0 },
    ])
    .jpeg()
    .withExif({
      IFD0: { Make: "HearthCam", Model: "Test 1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1" },
    })
    .toBuffer();
  return new Uint8Array(jpeg);
}

async function pixelAt(image: Uint8Array, x: number, y: number) {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const offset = (y * info.width + x) * info.channels;
  return { r: data[offset] ?? 0, g: data[offset + 1] ?? 0, b: data[offset + 2] ?? 0 };
}

const CHUNK = 64 * 1024;

/** A body of `total` bytes that counts how many the handler pulled from it. */
function countingBody(total: number) {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      const size = Math.min(CHUNK, total - counter.pulled);
      counter.pulled += size;
      controller.enqueue(new Uint8Array(size));
    },
  });
  return { stream, counter };
}

/** PUT /api/photos as the settings page sends it: the file's bytes, from the app's origin. */
async function uploadRequest(
  userId: string,
  body: Uint8Array | ReadableStream<Uint8Array>,
  headers: Record<string, string> = {},
) {
  return putPhoto(
    new NextRequest(new URL(PROFILE_PHOTO_API, appOrigin()), {
      method: "PUT",
      headers: {
        origin: appOrigin(),
        "content-type": "application/octet-stream",
        cookie: await sessionCookie(userId),
        ...headers,
      },
      body: body instanceof Uint8Array ? new Blob([body.slice()]) : body,
      ...(body instanceof Uint8Array ? {} : { duplex: "half" as const }),
    }),
    { params: Promise.resolve({}) },
  );
}

function dominant({ r, g, b }: { r: number; g: number; b: number }): string {
  if (r > g && r > b) return "red";
  if (g > r && g > b) return "green";
  return "blue";
}

describe("profile photos", () => {
  it("a photo is cropped to a centred square, resized, and loses its metadata", async () => {
    const member = await createTestUser(db);
    const original = await bandedPhotoWithGps();
    // The upload really carries a position, so its absence afterwards means it was stripped.
    expect((await sharp(original).metadata()).exif?.includes("HearthCam")).toBe(true);

    const { version } = await uploadProfilePhoto({ actorId: member.id, bytes: original });

    const stored = await db.profilePhoto.findUniqueOrThrow({ where: { userId: member.id } });
    expect(stored.version).toBe(version);
    expect(stored.contentType).toBe("image/webp");
    const large = await sharp(stored.large).metadata();
    expect([large.format, large.width, large.height]).toEqual(["webp", 256, 256]);
    expect(large.exif).toBeUndefined();
    expect(large.xmp).toBeUndefined();
    expect(large.icc).toBeUndefined();
    const small = await sharp(stored.small).metadata();
    expect([small.format, small.width, small.height]).toEqual(["webp", 64, 64]);
    expect(small.exif).toBeUndefined();
    expect(stored.large.byteLength).toBeLessThan(20_000);

    // Centred: the square spans the middle of the green band with red and blue at its edges.
    expect(dominant(await pixelAt(stored.large, 4, 128))).toBe("red");
    expect(dominant(await pixelAt(stored.large, 128, 128))).toBe("green");
    expect(dominant(await pixelAt(stored.large, 251, 128))).toBe("blue");
  });

  it("a file that is not an image is refused with a clear error, and nothing is stored", async () => {
    const member = await createTestUser(db);
    const text = new TextEncoder().encode("definitely not a photo, just some words\n".repeat(50));
    await expect(uploadProfilePhoto({ actorId: member.id, bytes: text })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      messageKey: "photoNotAnImage",
      field: "photo",
      userMessage:
        "That file is not a photo we can read. Use a JPEG, PNG, WebP, GIF or AVIF image.",
    });
    // An SVG is an image to a browser, but a document to us: refused as well.
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    );
    await expect(uploadProfilePhoto({ actorId: member.id, bytes: svg })).rejects.toMatchObject({
      messageKey: "photoNotAnImage",
    });
    // A PNG cut off halfway has a readable header but not readable pixels.
    const png = await sharp({
      create: { width: 400, height: 300, channels: 3, background: RED },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    const truncated = new Uint8Array(png.subarray(0, Math.floor(png.length / 2)));
    await expect(
      uploadProfilePhoto({ actorId: member.id, bytes: truncated }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", messageKey: "photoNotAnImage" });
    expect(await db.profilePhoto.count({ where: { userId: member.id } })).toBe(0);
  });

  it("the upload route stores a photo, and refuses one over 5 MB before reading it", async () => {
    const member = await createTestUser(db);
    const saved = await uploadRequest(member.id, await bandedPhotoWithGps());
    expect(saved.status).toBe(200);
    const { version } = (await saved.json()) as { version: string };
    const stored = await db.profilePhoto.findUniqueOrThrow({ where: { userId: member.id } });
    expect(stored.version).toBe(version);

    // Declared too large: refused before a byte is pulled.
    const declared = countingBody(30 * 1024 * 1024);
    const declaredResponse = await uploadRequest(member.id, declared.stream, {
      "content-length": String(30 * 1024 * 1024),
    });
    expect(declaredResponse.status).toBe(413);
    expect(declared.counter.pulled).toBeLessThanOrEqual(CHUNK);
    // No length (chunked): read only until it passes 5 MB.
    const streamed = countingBody(30 * 1024 * 1024);
    expect((await uploadRequest(member.id, streamed.stream)).status).toBe(413);
    expect(streamed.counter.pulled).toBeLessThanOrEqual(PROFILE_PHOTO_MAX_BYTES + 2 * CHUNK);
    // Signed out: refused before the body is touched at all.
    const anonymous = countingBody(PROFILE_PHOTO_MAX_BYTES);
    const signedOut = await putPhoto(
      new NextRequest(new URL(PROFILE_PHOTO_API, appOrigin()), {
        method: "PUT",
        headers: { origin: appOrigin(), "content-type": "application/octet-stream" },
        body: anonymous.stream,
        duplex: "half",
      }),
      { params: Promise.resolve({}) },
    );
    expect(signedOut.status).toBe(401);
    expect(anonymous.counter.pulled).toBeLessThanOrEqual(CHUNK);
    // A cross-site form can only send simple types: refused, as JSON is for the rest of the API.
    const asForm = await uploadRequest(member.id, new Uint8Array(10), {
      "content-type": "multipart/form-data; boundary=x",
    });
    expect(asForm.status).toBe(415);
    expect(
      (await db.profilePhoto.findUniqueOrThrow({ where: { userId: member.id } })).version,
    ).toBe(version);

    const tooBig = new Uint8Array(PROFILE_PHOTO_MAX_BYTES + 1);
    await expect(uploadProfilePhoto({ actorId: member.id, bytes: tooBig })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      messageKey: "photoTooLarge",
      userMessage: "The photo must be 5 MB or smaller.",
    });
  });

  it("a new photo gets a new version; blocking hides it both ways; removing it leaves none", async () => {
    const member = await createTestUser(db);
    const viewer = await createTestUser(db);
    const blocker = await createTestUser(db);
    const first = await uploadProfilePhoto({
      actorId: member.id,
      bytes: await bandedPhotoWithGps(),
    });
    const red = await sharp({ create: { width: 300, height: 500, channels: 3, background: RED } })
      .png()
      .toBuffer();
    const second = await uploadProfilePhoto({ actorId: member.id, bytes: new Uint8Array(red) });
    expect(second.version).not.toBe(first.version);

    const seen = await findProfilePhoto({ viewerId: viewer.id, userId: member.id, size: "small" });
    expect(seen?.version).toBe(second.version);
    expect((await sharp(seen?.bytes).metadata()).width).toBe(64);

    await db.block.create({ data: { blockerId: blocker.id, blockedId: member.id } });
    const hidden = { userId: member.id, size: "large" } as const;
    expect(await findProfilePhoto({ viewerId: blocker.id, ...hidden })).toBeNull();
    await db.block.create({ data: { blockerId: member.id, blockedId: viewer.id } });
    expect(await findProfilePhoto({ viewerId: viewer.id, ...hidden })).toBeNull();

    await removeProfilePhoto({ actorId: member.id });
    expect(await db.profilePhoto.count({ where: { userId: member.id } })).toBe(0);
  });

  it("telling live rooms about a new photo never fails the upload", async () => {
    const member = await createTestUser(db);
    // Present in Postgres but not connected to LiveKit (a tab closed before the webhook came).
    const room = await createLiveRoom(db, { hostId: member.id });
    await db.roomParticipant.updateMany({
      where: { roomId: room.id, userId: member.id },
      data: { leftAt: null },
    });
    await expect(pushPhotoToRooms({ userId: member.id, version: "abc" })).resolves.toBeUndefined();
  });
});
