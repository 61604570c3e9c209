import "server-only";
import { db } from "@/server/db";

export type FindViewerBlocksOptions = { viewerId: string; userId: string };

/** Whether the viewer has blocked the member (their profile shows Unblock then). */
export async function findViewerBlocks({
  viewerId,
  userId,
}: FindViewerBlocksOptions): Promise<boolean> {
  const block = await db.block.findUnique({
    where: { blockerId_blockedId: { blockerId: viewerId, blockedId: userId } },
    select: { createdAt: true },
  });
  return block !== null;
}
