// GET /api/notifications/stream — Server-Sent Events for the signed-in member's open tab: `unread`
// (the count, first and after every reconnect) and `notification` (each new one, as it is written)
import { withAuth } from "@/server/http/with-auth";
import { notificationHub } from "@/server/notifications/notification-hub";
import { countUnreadNotifications } from "@/server/notifications/list-notifications";
import type { NotificationView } from "@/server/notifications/notification-view";

export const dynamic = "force-dynamic";

// Proxies close a quiet connection; a comment line every 25 s keeps it open.
const KEEP_ALIVE_MS = 25_000;

function event(name: string, data: unknown): Uint8Array {
  return new TextEncoder().encode(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
}

export const GET = withAuth({}, async ({ caller, request }) => {
  const queued: NotificationView[] = [];
  let push: (notification: NotificationView) => void = (notification) => queued.push(notification);
  // Listening starts before the count is read, so nothing written in between is missed.
  const unsubscribe = await notificationHub.subscribe(caller.id, (item) => push(item));
  const unread = await countUnreadNotifications({ userId: caller.id }).catch((error: unknown) => {
    unsubscribe();
    throw error;
  });

  let stop = () => unsubscribe();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(event("unread", { unread }));
      push = (notification) => controller.enqueue(event("notification", notification));
      for (const notification of queued.splice(0)) push(notification);
      const keepAlive = setInterval(
        () => controller.enqueue(new TextEncoder().encode(": keep-alive\n\n")),
        KEEP_ALIVE_MS,
      );
      stop = () => {
        clearInterval(keepAlive);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        stop();
        // The reader may have cancelled first, which already closed the stream.
        if (controller.desiredSize !== null) controller.close();
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
});
