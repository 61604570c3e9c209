// Where a member's photo is served from. The URL names the photo's version (a hash of its bytes),
// so it is cached for good and a new photo is a new URL: no one sees a stale face after a change.

export const PROFILE_PHOTO_SIZES = { large: 256, small: 64 } as const;
export type ProfilePhotoSize = keyof typeof PROFILE_PHOTO_SIZES;

/** The photo's URL, or null when the member has none (the initials avatar stands in). */
export function profilePhotoUrl(
  userId: string,
  version: string | null | undefined,
  size: ProfilePhotoSize = "large",
): string | null {
  if (!version) return null;
  const query = new URLSearchParams({ v: version, size });
  return `/api/photos/${encodeURIComponent(userId)}?${query.toString()}`;
}
