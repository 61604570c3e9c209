import "server-only";
import { db } from "@/server/db";

export type LeaveMatchQueueOptions = { userId: string };

/** Stops looking: the member leaves the queue (a match already made is not undone). */
export async function leaveMatchQueue({ userId }: LeaveMatchQueueOptions): Promise<void> {
  await db.matchTicket.updateMany({ where: { userId }, data: { waitingSince: null } });
}
