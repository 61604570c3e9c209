import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// Shared by the followers and following lists: what a row of people shows, and how many.
export const personSelect = {
  id: true,
  username: true,
  displayName: true,
} satisfies Prisma.UserSelect;

export type Person = Prisma.UserGetPayload<{ select: typeof personSelect }>;

export const FOLLOW_LIST_LIMIT = 100;
