import { avatarColour, initialsOf } from "@/lib/avatar";

const sizes = { sm: "size-8 text-xs", md: "size-12 text-base", lg: "size-20 text-2xl" } as const;

type AvatarProps = { userId: string; displayName: string; size?: keyof typeof sizes };

/** Decorative: the person's name is always next to it, so screen readers skip it. */
export function Avatar({ userId, displayName, size = "md" }: AvatarProps) {
  return (
    <span
      aria-hidden="true"
      className={`inline-flex shrink-0 items-center justify-center rounded-full font-bold text-white ${sizes[size]}`}
      style={{ backgroundColor: avatarColour(userId) }}
    >
      {initialsOf(displayName)}
    </span>
  );
}
