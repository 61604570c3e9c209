import { avatarColour, initialsOf } from "@/lib/avatar";
import { profilePhotoUrl } from "@/lib/profile-photo";

const sizes = { sm: "size-8 text-xs", md: "size-12 text-base", lg: "size-20 text-2xl" } as const;

type AvatarProps = {
  userId: string;
  displayName: string;
  size?: keyof typeof sizes;
  /** The version of their profile photo, when they have one; otherwise their initials show. */
  photoVersion?: string | null;
};

/**
 * Decorative: the person's name is always next to it, so screen readers skip it. The photo lies
 * over the initials, so a photo that cannot load (removed since the page was drawn, or hidden by a
 * block) leaves the initials showing, with no script needed.
 */
export function Avatar({ userId, displayName, size = "md", photoVersion }: AvatarProps) {
  // 64 px covers the small avatar on a 2× screen; the larger ones use the 256 px image.
  const photo = profilePhotoUrl(userId, photoVersion, size === "sm" ? "small" : "large");
  return (
    <span
      aria-hidden="true"
      className={`relative inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full font-bold text-white ${sizes[size]}`}
      style={{ backgroundColor: avatarColour(userId) }}
    >
      {initialsOf(displayName)}
      {photo && (
        // A plain <img>: the photo is already the right size and format, and next/image's optimiser
        // would fetch it again without the viewer's session (blocking decides who may see it).
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={photo}
          alt=""
          data-avatar-photo=""
          loading="lazy"
          decoding="async"
          className="absolute inset-0 size-full object-cover"
        />
      )}
    </span>
  );
}
