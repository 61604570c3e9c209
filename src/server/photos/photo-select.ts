import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Added to a user select wherever a person is shown: their photo's version, from which the avatar
 * builds the photo's URL (null: no photo, the initials show). Never the bytes.
 */
export const photoVersionSelect = {
  photo: { select: { version: true } },
} satisfies Prisma.UserSelect;
