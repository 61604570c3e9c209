// POST /api/push/subscriptions — this browser gets the caller's notifications as Web Push;
// DELETE — it stops getting them
import { pushEndpointSchema, pushSubscriptionSchema } from "@/lib/push";
import { withAuth } from "@/server/http/with-auth";
import { removePushSubscription } from "@/server/push/remove-push-subscription";
import { savePushSubscription } from "@/server/push/save-push-subscription";

export const POST = withAuth({ body: pushSubscriptionSchema }, async ({ caller, body }) => {
  await savePushSubscription({ actorId: caller.id, subscription: body });
  return { subscribed: true };
});

export const DELETE = withAuth({ body: pushEndpointSchema }, async ({ caller, body }) => {
  await removePushSubscription({ actorId: caller.id, endpoint: body.endpoint });
  return { subscribed: false };
});
