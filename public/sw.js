// Hearth's service worker: shows the bell's notifications as system notifications when no Hearth
// tab is in front (Web Push, docs/push.md), and opens the room when one is tapped. It caches
// nothing and handles no fetches, so pages load exactly as without it.
"use strict";

self.addEventListener("install", () => {
  void self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

/** The push's JSON (src/lib/push.ts, PushPayload), or null when it is not one of ours. */
function readPayload(data) {
  if (!data) return null;
  try {
    const payload = data.json();
    if (typeof payload.title !== "string" || typeof payload.url !== "string") return null;
    if (!payload.url.startsWith("/")) return null;
    return payload;
  } catch {
    return null;
  }
}

async function windowClients() {
  return self.clients.matchAll({ type: "window", includeUncontrolled: true });
}

self.addEventListener("push", (event) => {
  const payload = readPayload(event.data);
  if (!payload) return;
  event.waitUntil(
    (async () => {
      // A Hearth tab in front already showed this as a toast: no second notice.
      const open = await windowClients();
      if (open.some((client) => client.focused && client.visibilityState === "visible")) return;
      await self.registration.showNotification(payload.title, {
        body: typeof payload.body === "string" ? payload.body : "",
        tag: typeof payload.tag === "string" ? payload.tag : payload.id,
        icon: "/icons/icon-192.png",
        badge: "/icons/icon-192.png",
        lang: typeof payload.lang === "string" ? payload.lang : undefined,
        data: { url: payload.url },
      });
    })(),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const path = event.notification.data && event.notification.data.url;
  const url = new URL(
    typeof path === "string" && path.startsWith("/") ? path : "/",
    self.location.origin,
  );
  event.waitUntil(
    (async () => {
      // A Hearth tab that is open somewhere goes to the room (opening a room page starts
      // listening); with none, a new window does.
      const open = await windowClients();
      const tab = open.find((client) => new URL(client.url).origin === url.origin);
      // (navigate works only for tabs this worker controls; any other gets a new window.)
      const moved = tab ? await tab.navigate(url.href).catch(() => null) : null;
      if (moved) {
        await moved.focus();
        return;
      }
      await self.clients.openWindow(url.href);
    })(),
  );
});
