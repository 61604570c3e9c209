// GET /api/photos/[userId]?v=<version>&size=large|small — a member's profile photo (WebP)
import { z } from "zod";
import { errorKey } from "@/lib/error-key";
import type { ProfilePhotoSize } from "@/lib/profile-photo";
import { AppError } from "@/server/errors";
import { withAuth } from "@/server/http/with-auth";
import { findProfilePhoto } from "@/server/photos/find-profile-photo";

const paramsSchema = z.object({ userId: z.uuid(errorKey("photoNotFound")) });
const querySchema = z.object({
  v: z.string().max(64).optional(),
  size: z.enum(["large", "small"] satisfies ProfilePhotoSize[]).catch("large"),
});

export const GET = withAuth({ params: paramsSchema }, async ({ caller, params, request }) => {
  const query = querySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const photo = await findProfilePhoto({
    viewerId: caller.id,
    userId: params.userId,
    size: query.size,
  });
  if (!photo) throw new AppError("NOT_FOUND", { key: "photoNotFound" });
  const etag = `"${photo.version}-${query.size}"`;
  const headers = {
    "content-type": photo.contentType,
    etag,
    // Private: blocking hides a photo from one viewer, so no shared cache may hand it to another.
    // The URL names the version, so the browser keeps it for good; an old or missing version
    // (a stale page) is revalidated instead, and the ETag makes that a 304.
    "cache-control":
      query.v === photo.version ? "private, max-age=31536000, immutable" : "private, no-cache",
    vary: "Cookie",
  };
  if (request.headers.get("if-none-match") === etag) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(new Uint8Array(photo.bytes), {
    headers: { ...headers, "content-length": String(photo.bytes.byteLength) },
  });
});
