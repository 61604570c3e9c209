import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { assertAdmin } from "@/server/admin/assert-admin";
import { buildInviteTree, type InviteTreeNode } from "@/server/admin/build-invite-tree";
import { db } from "@/server/db";

export type FindInviteTreeOptions = { actorId: string };

const treeSelect = {
  id: true,
  username: true,
  displayName: true,
  invitedById: true,
  disabledAt: true,
} satisfies Prisma.UserSelect;

/** Who invited whom, for admins: one query, assembled into a forest in memory. */
export async function findInviteTree({
  actorId,
}: FindInviteTreeOptions): Promise<InviteTreeNode[]> {
  await assertAdmin(actorId);
  const users = await db.user.findMany({ orderBy: { createdAt: "asc" }, select: treeSelect });
  return buildInviteTree(users);
}
