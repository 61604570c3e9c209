import "server-only";
import type { PushSubscriptionInput } from "@/lib/push";
import { db } from "@/server/db";

type SavePushSubscriptionOptions = { actorId: string; subscription: PushSubscriptionInput };

/**
 * Keeps this browser's subscription for the member. An endpoint belongs to one browser profile, so
 * when another member signs in there it becomes theirs (the previous one stops getting pushes).
 */
export async function savePushSubscription({
  actorId,
  subscription,
}: SavePushSubscriptionOptions): Promise<void> {
  const keys = { p256dh: subscription.keys.p256dh, auth: subscription.keys.auth };
  await db.pushSubscription.upsert({
    where: { endpoint: subscription.endpoint },
    create: { userId: actorId, endpoint: subscription.endpoint, ...keys },
    update: { userId: actorId, ...keys },
  });
}
