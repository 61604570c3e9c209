import "server-only";
import { db } from "@/server/db";

type RemovePushSubscriptionOptions = { actorId: string; endpoint: string };

/** Stops pushes to one of the member's browsers (they turned notifications off there). */
export async function removePushSubscription({
  actorId,
  endpoint,
}: RemovePushSubscriptionOptions): Promise<void> {
  await db.pushSubscription.deleteMany({ where: { userId: actorId, endpoint } });
}
