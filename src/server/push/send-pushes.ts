import "server-only";
import webPush from "web-push";
import { Prisma } from "@/generated/prisma/client";
import type { PushPayload } from "@/lib/push";
import { db } from "@/server/db";
import {
  notificationViewSelect,
  toNotificationView,
} from "@/server/notifications/notification-view";
import { buildPushPayload } from "@/server/push/build-push-payload";
import { pushConfig, type PushConfig } from "@/server/push/push-config";

/** Which notifications to push: those just announced, or any recent ones nobody pushed yet. */
export type PushClaim = { ids: string[] } | { unpushedSince: Date };

export type PushOutcome = { sent: number; gone: number; failed: number };

// Room notices are worth nothing once the room is over: a phone offline for longer never gets them.
const ROOM_TTL_SECONDS = 60 * 60;
const OTHER_TTL_SECONDS = 24 * 60 * 60;
const SEND_TIMEOUT_MS = 10_000;

/**
 * Sends the bell's notifications as Web Push, to every browser their member turned push on in. Each
 * notification is claimed with one conditional UPDATE first, so with every app instance hearing the
 * same NOTIFY exactly one sends it; only rows the bell shows are ever pushed (mutes, blocks and caps
 * were applied when they were written). Subscriptions the push service calls gone (404, 410) are
 * removed.
 */
export async function sendPushes(claim: PushClaim): Promise<PushOutcome> {
  const outcome: PushOutcome = { sent: 0, gone: 0, failed: 0 };
  const config = pushConfig();
  if (!config) return outcome;
  const claimed = await claimNotifications(claim);
  if (claimed.length === 0) return outcome;
  const rows = await db.notification.findMany({
    where: { id: { in: claimed } },
    orderBy: { createdAt: "asc" },
    select: {
      ...notificationViewSelect,
      user: { select: { locale: true, pushSubscriptions: true } },
    },
  });
  for (const { user, ...row } of rows) {
    const payload = await buildPushPayload(toNotificationView(row), user.locale);
    const ttl = row.room ? ROOM_TTL_SECONDS : OTHER_TTL_SECONDS;
    await Promise.all(
      user.pushSubscriptions.map(async (subscription) => {
        const status = await deliver(config, subscription, payload, ttl);
        if (status === "gone") {
          await db.pushSubscription.deleteMany({ where: { id: subscription.id } });
          outcome.gone += 1;
        } else if (status === "sent") outcome.sent += 1;
        else outcome.failed += 1;
      }),
    );
  }
  return outcome;
}

async function claimNotifications(claim: PushClaim): Promise<string[]> {
  const which =
    "ids" in claim
      ? Prisma.sql`n.id = ANY(${claim.ids}::uuid[])`
      : Prisma.sql`n."createdAt" > ${claim.unpushedSince}`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Notification" n SET "pushedAt" = now()
    FROM "User" u
    WHERE ${which} AND n."pushedAt" IS NULL AND u.id = n."userId" AND u."disabledAt" IS NULL
      AND EXISTS (SELECT 1 FROM "PushSubscription" s WHERE s."userId" = n."userId")
    RETURNING n.id`;
  return rows.map((row) => row.id);
}

type Subscription = { endpoint: string; p256dh: string; auth: string };

/**
 * One encrypted push (RFC 8291, aes128gcm) with a VAPID signature (RFC 8292): web-push builds the
 * request, fetch sends it, so the timeout and the answer are ours.
 */
async function deliver(
  config: PushConfig,
  subscription: Subscription,
  payload: PushPayload,
  ttl: number,
): Promise<"sent" | "gone" | "failed"> {
  try {
    const request = webPush.generateRequestDetails(
      {
        endpoint: subscription.endpoint,
        keys: { p256dh: subscription.p256dh, auth: subscription.auth },
      },
      JSON.stringify(payload),
      {
        vapidDetails: config,
        TTL: ttl,
        urgency: "high",
        contentEncoding: "aes128gcm",
        // The push service keeps only the newest undelivered push of a topic: one per room.
        topic: payload.tag.replace(/[^A-Za-z0-9]/g, "").slice(-32),
      },
    );
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers,
      body: request.body ? new Uint8Array(request.body) : null,
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) return "gone";
    if (response.ok) return "sent";
    console.warn(`push: ${new URL(subscription.endpoint).host} answered ${response.status}`);
    return "failed";
  } catch (error) {
    console.warn("push failed:", error instanceof Error ? error.message : error);
    return "failed";
  }
}
