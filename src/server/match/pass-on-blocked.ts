import "server-only";
import { db } from "@/server/db";

export type PassOnBlockedOptions = { blockerId: string; blockedId: string };

/**
 * A block is a Pass on every match between the two, even one the blocker had answered Connect:
 * a late Connect from the other side can then never make them follow each other again.
 */
export async function passOnBlocked({ blockerId, blockedId }: PassOnBlockedOptions): Promise<void> {
  await db.$transaction([
    db.match.updateMany({
      where: { aId: blockerId, bId: blockedId },
      data: { aDecision: "PASS" },
    }),
    db.match.updateMany({
      where: { aId: blockedId, bId: blockerId },
      data: { bDecision: "PASS" },
    }),
  ]);
}
