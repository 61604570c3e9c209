import { z } from "zod/mini";

/**
 * A browser's push subscription as `PushSubscription.toJSON()` gives it. Endpoints are https only:
 * the server posts to whatever address is stored, so nothing else (an internal http service) may be.
 */
export const pushSubscriptionSchema = z.object({
  endpoint: z.url({ protocol: /^https$/ }).check(z.maxLength(2048)),
  keys: z.object({
    p256dh: z.string().check(z.regex(/^[A-Za-z0-9_-]{80,100}={0,2}$/)),
    auth: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,32}={0,2}$/)),
  }),
});

export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;

export const pushEndpointSchema = z.object({ endpoint: pushSubscriptionSchema.shape.endpoint });

/**
 * What one push carries to the service worker (public/sw.js), already in the member's language:
 * the notification's words, where tapping it goes, and a tag so a later push about the same room
 * replaces the earlier one on the lock screen.
 */
export type PushPayload = {
  id: string;
  title: string;
  body: string;
  /** A path on this site: the live room (opening it starts listening), the event, club or person. */
  url: string;
  tag: string;
};
