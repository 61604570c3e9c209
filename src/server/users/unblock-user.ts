import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type UnblockUserOptions = { actorId: string; username: string };

/** Lifts the actor's block on the member (follows removed by the block stay removed). */
export async function unblockUser({ actorId, username }: UnblockUserOptions): Promise<void> {
  const target = await db.user.findFirst({ where: { username }, select: { id: true } });
  if (!target) throw new AppError("NOT_FOUND", { key: "memberNotFound" });
  await db.block.deleteMany({ where: { blockerId: actorId, blockedId: target.id } });
}
