import "server-only";
import { loadSessionUser } from "@/server/auth/load-session-user";
import type { SessionClaims } from "@/server/auth/session-token";
import type { BackchannelMessageView } from "@/lib/backchannel";
import { AppError } from "@/server/errors";
import { countUnreadNotifications } from "@/server/notifications/list-notifications";
import { notificationHub, type StreamEnd } from "@/server/notifications/notification-hub";
import type { NotificationView } from "@/server/notifications/notification-view";

export type OpenNotificationStreamOptions = { session: SessionClaims; signal: AbortSignal };

// Proxies close a quiet connection; a comment line every 25 s keeps it open.
const KEEP_ALIVE_MS = 25_000;

// EventSource reconnects by itself after a close. A signed-out tab's retry gets a 401, which stops
// it; the tab that changed the password signs in again meanwhile, so its retry waits long enough
// for that. A tab replaced by a newer one waits an hour, so six tabs do not take turns evicting
// each other; reloading it brings it back at once.
const RETRY_MS: Record<StreamEnd, number> = { "signed-out": 5_000, superseded: 60 * 60 * 1000 };

const encoder = new TextEncoder();

function event(name: string, data: unknown): Uint8Array {
  return encoder.encode(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
}

/**
 * The Server-Sent Events of one tab: `unread` (the count, first and after every reconnect),
 * `notification` (each new one, as it is written), `backchannel` (each message of the member's
 * threads, as it is written; docs/backchannel.md), and a last `closed` ({ reason }) when the
 * session ends (password changed, signed out everywhere, account disabled) or a newer stream of the
 * same session takes its place. The session is confirmed after listening starts, so an end
 * announced in between is seen either here or by the hub.
 */
export async function openNotificationStream({
  session,
  signal,
}: OpenNotificationStreamOptions): Promise<ReadableStream<Uint8Array>> {
  const queued: NotificationView[] = [];
  let push: (notification: NotificationView) => void = (item) => queued.push(item);
  const queuedMessages: BackchannelMessageView[] = [];
  let pushMessage: (message: BackchannelMessageView) => void = (item) => queuedMessages.push(item);
  let endedBeforeStart: StreamEnd | null = null;
  let end: (reason: StreamEnd) => void = (reason) => {
    endedBeforeStart ??= reason;
  };
  const unsubscribe = await notificationHub.subscribe({
    userId: session.userId,
    sessionVersion: session.sessionVersion,
    sessionKey: session.sessionKey,
    deliver: (item) => push(item),
    deliverBackchannel: (item) => pushMessage(item),
    end: (reason) => end(reason),
  });
  const [caller, unread] = await Promise.all([
    loadSessionUser(session.userId, session.sessionVersion),
    countUnreadNotifications({ userId: session.userId }),
  ]).catch((error: unknown) => {
    unsubscribe();
    throw error;
  });
  if (!caller) {
    unsubscribe();
    throw new AppError("UNAUTHORIZED", { key: "signInToContinue" });
  }

  let stop = () => unsubscribe();
  let closed = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        stop();
        controller.close();
      };
      controller.enqueue(event("unread", { unread }));
      push = (notification) => controller.enqueue(event("notification", notification));
      for (const notification of queued.splice(0)) push(notification);
      pushMessage = (message) => controller.enqueue(event("backchannel", message));
      for (const message of queuedMessages.splice(0)) pushMessage(message);
      end = (reason) => {
        if (closed) return;
        controller.enqueue(encoder.encode(`retry: ${RETRY_MS[reason]}\n\n`));
        controller.enqueue(event("closed", { reason }));
        close();
      };
      const keepAlive = setInterval(
        () => controller.enqueue(encoder.encode(": keep-alive\n\n")),
        KEEP_ALIVE_MS,
      );
      stop = () => {
        clearInterval(keepAlive);
        unsubscribe();
      };
      signal.addEventListener("abort", close);
      if (endedBeforeStart) end(endedBeforeStart);
    },
    cancel() {
      closed = true;
      stop();
    },
  });
}
