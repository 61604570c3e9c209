import "server-only";
import type { ProfilePhotoSize } from "@/lib/profile-photo";
import { db } from "@/server/db";

export type FindProfilePhotoOptions = { viewerId: string; userId: string; size: ProfilePhotoSize };

export type ProfilePhotoFile = { bytes: Uint8Array; contentType: string; version: string };

/**
 * A member's photo as the viewer may see it: null when there is none, when the account is
 * disabled, or when either of them blocked the other (blocking hides each from the other, photos
 * included, exactly as the profile and search do).
 */
export async function findProfilePhoto({
  viewerId,
  userId,
  size,
}: FindProfilePhotoOptions): Promise<ProfilePhotoFile | null> {
  const photo = await db.profilePhoto.findFirst({
    where: {
      userId,
      user: {
        disabledAt: null,
        blocksMade: { none: { blockedId: viewerId } },
        blockedBy: { none: { blockerId: viewerId } },
      },
    },
    select: { large: size === "large", small: size === "small", contentType: true, version: true },
  });
  if (!photo) return null;
  const bytes = size === "large" ? photo.large : photo.small;
  if (!bytes) return null;
  return { bytes, contentType: photo.contentType, version: photo.version };
}
