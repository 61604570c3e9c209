import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { assertAdmin } from "@/server/admin/assert-admin";
import { db } from "@/server/db";

export type ListMembersOptions = { actorId: string };

// Newest first; past this many an admin finds people through the invite tree or their profile.
export const MEMBER_LIST_LIMIT = 200;

const memberSelect = {
  id: true,
  username: true,
  displayName: true,
  email: true,
  role: true,
  createdAt: true,
  disabledAt: true,
} satisfies Prisma.UserSelect;

export type MemberRow = Prisma.UserGetPayload<{ select: typeof memberSelect }>;

/** Every account with its state, for admins only. */
export async function listMembers({ actorId }: ListMembersOptions): Promise<MemberRow[]> {
  await assertAdmin(actorId);
  return db.user.findMany({
    orderBy: { createdAt: "desc" },
    take: MEMBER_LIST_LIMIT,
    select: memberSelect,
  });
}
