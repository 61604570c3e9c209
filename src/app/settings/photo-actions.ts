"use server";

import { refresh } from "next/cache";
import { removeProfilePhotoSchema } from "@/lib/validations/profile-photo";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { pushPhotoToRooms } from "@/server/photos/push-photo-to-rooms";
import { removeProfilePhoto } from "@/server/photos/remove-profile-photo";

// Uploading a photo is PUT /api/photos (src/app/api/photos/route.ts): a route reads its 5 MB body
// after the session check, so server actions keep a body limit of a few kilobytes.

export const removeProfilePhotoAction = withAuthAction(
  removeProfilePhotoSchema,
  async (_input, caller) => {
    await removeProfilePhoto({ actorId: caller.id });
    await pushPhotoToRooms({ userId: caller.id, version: null });
    refresh();
    return { removed: true };
  },
);
