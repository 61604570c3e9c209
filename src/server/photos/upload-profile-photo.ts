import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { PROFILE_PHOTO_SIZES } from "@/lib/profile-photo";
import { PROFILE_PHOTO_MAX_BYTES } from "@/lib/validations/profile-photo";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";

export type UploadProfilePhotoOptions = { actorId: string; bytes: Uint8Array };

export type UploadedProfilePhoto = { version: string };

// Formats the decoder may open. SVG is left out on purpose: it is a document, not pixels.
const READABLE_FORMATS = new Set(["jpeg", "png", "webp", "gif", "avif", "heif"]);
// A decompression bomb (a small file that decodes to gigapixels) is refused before decoding. 4096²
// (16.8 MP) passes a 12 MP phone photo and costs at most 64 MB of pixels to decode; 40 MP cost 160.
export const MAX_INPUT_PIXELS = 4096 * 4096;
/** Photo changes a member may make in an hour: each one decodes an image of up to 16.8 MP. */
export const PHOTO_UPLOADS_PER_HOUR = 10;
const CONTENT_TYPE = "image/webp";

/**
 * The actor's new profile photo: decoded (so only real images pass), turned upright by its EXIF
 * orientation, cropped square around the centre, resized to 256 and 64 pixels, and re-encoded as
 * WebP with no metadata at all (no GPS position, camera or date leaves the server). Replaces any
 * earlier photo; the version is a hash of the bytes, so photo URLs change with the photo.
 */
export async function uploadProfilePhoto({
  actorId,
  bytes,
}: UploadProfilePhotoOptions): Promise<UploadedProfilePhoto> {
  // The form's schema checks the size first; this guards every other caller of the use case.
  if (bytes.byteLength === 0 || bytes.byteLength > PROFILE_PHOTO_MAX_BYTES) {
    throw new AppError("BAD_REQUEST", {
      message: `photo of ${bytes.byteLength} bytes refused`,
      key: bytes.byteLength === 0 ? "choosePhoto" : "photoTooLarge",
      field: "photo",
    });
  }
  await consumeRateLimit({
    key: `photo:${actorId}`,
    limit: PHOTO_UPLOADS_PER_HOUR,
    windowMs: 60 * 60 * 1000,
    messageKey: "photosTooFast",
  });
  await assertReadableImage(bytes);
  // One decode of the upload; the small size is drawn from the large one.
  const large = await squareWebp(bytes, PROFILE_PHOTO_SIZES.large);
  const small = await squareWebp(large, PROFILE_PHOTO_SIZES.small);
  const version = createHash("sha256").update(large).digest("base64url").slice(0, 16);
  const photo = { large, small, contentType: CONTENT_TYPE, version };
  await db.profilePhoto.upsert({
    // A disabled account cannot change its face; the foreign key refuses unknown users.
    where: { userId: actorId, user: { disabledAt: null } },
    create: { userId: actorId, ...photo },
    update: photo,
  });
  return { version };
}

/** Reads only the header: what sharp says the file is, or a refusal people can act on. */
async function assertReadableImage(bytes: Uint8Array): Promise<void> {
  let format: string | undefined;
  let pixels = 0;
  try {
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    format = metadata.format;
    pixels = metadata.width * metadata.height;
  } catch (cause) {
    throw notAnImage(cause);
  }
  if (!format || !READABLE_FORMATS.has(format)) throw notAnImage(format);
  if (pixels > MAX_INPUT_PIXELS) {
    throw new AppError("BAD_REQUEST", {
      message: `photo of ${pixels} pixels refused`,
      key: "photoTooManyPixels",
      field: "photo",
    });
  }
}

function notAnImage(detail: unknown): AppError {
  return new AppError("BAD_REQUEST", {
    message: `upload is not a readable image: ${String(detail)}`,
    key: "photoNotAnImage",
    field: "photo",
  });
}

/** A centred square of `side` pixels; sharp writes no metadata unless asked to keep it. */
async function squareWebp(bytes: Uint8Array, side: number): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const output = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize(side, side, { fit: "cover", position: "centre" })
      .webp({ quality: 82 })
      .toBuffer();
    return new Uint8Array(output);
  } catch (cause) {
    // The header was fine but the pixels are not (a truncated or corrupt file).
    throw notAnImage(cause);
  }
}
