"use server";

import { refresh } from "next/cache";
import {
  removeProfilePhotoSchema,
  uploadProfilePhotoSchema,
} from "@/lib/validations/profile-photo";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { pushPhotoToRooms } from "@/server/photos/push-photo-to-rooms";
import { removeProfilePhoto } from "@/server/photos/remove-profile-photo";
import { uploadProfilePhoto } from "@/server/photos/upload-profile-photo";

export const uploadProfilePhotoAction = withAuthAction(
  uploadProfilePhotoSchema,
  async (input, caller) => {
    const bytes = new Uint8Array(await input.photo.arrayBuffer());
    const saved = await uploadProfilePhoto({ actorId: caller.id, bytes });
    // Rooms they are in now show it at once; later joins carry it in the token.
    await pushPhotoToRooms({ userId: caller.id, version: saved.version });
    // The page shows the photo by its version, so it re-renders with the new one.
    refresh();
    return saved;
  },
);

export const removeProfilePhotoAction = withAuthAction(
  removeProfilePhotoSchema,
  async (_input, caller) => {
    await removeProfilePhoto({ actorId: caller.id });
    await pushPhotoToRooms({ userId: caller.id, version: null });
    refresh();
    return { removed: true };
  },
);
