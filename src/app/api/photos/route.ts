// PUT /api/photos — replace the caller's profile photo; the body is the image file's own bytes
import { PROFILE_PHOTO_MAX_BYTES } from "@/lib/validations/profile-photo";
import { readLimitedBody } from "@/server/http/limit-body";
import { withAuth } from "@/server/http/with-auth";
import { pushPhotoToRooms } from "@/server/photos/push-photo-to-rooms";
import { uploadProfilePhoto } from "@/server/photos/upload-profile-photo";

// A route handler rather than a server action: it reads at most 5 MB, and only after the session
// is checked, so server actions (sign-up among them) keep a body limit of a few kilobytes.
export const PUT = withAuth({}, async ({ caller, request }) => {
  const body = await readLimitedBody(request, PROFILE_PHOTO_MAX_BYTES);
  if (!body.ok) return body.response;
  const saved = await uploadProfilePhoto({ actorId: caller.id, bytes: body.bytes });
  // Rooms they are in now show it at once; later joins carry it in the token.
  await pushPhotoToRooms({ userId: caller.id, version: saved.version });
  return saved;
});
