import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { photoVersionSelect } from "@/server/photos/photo-select";

// Shared by the followers and following lists: what a row of people shows, and how many.
export const personSelect = {
  id: true,
  username: true,
  displayName: true,
  ...photoVersionSelect,
} satisfies Prisma.UserSelect;

export type Person = Prisma.UserGetPayload<{ select: typeof personSelect }>;

export const FOLLOW_LIST_LIMIT = 100;
