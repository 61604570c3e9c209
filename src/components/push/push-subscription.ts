// The browser half of Web Push (docs/push.md): the service worker, the permission and the
// subscription, and telling the app about it. Nothing here runs until someone says yes.

export type PushState = "unsupported" | "blocked" | "off" | "on";

const WORKER_URL = "/sw.js";
const SUBSCRIPTIONS_API = "/api/push/subscriptions";
const SIGN_OUT_WAIT_MS = 3_000;

function isSupported(): boolean {
  return "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration("/");
  return (await registration?.pushManager.getSubscription()) ?? null;
}

async function tellTheApp(method: "POST" | "DELETE", body: unknown): Promise<void> {
  const response = await fetch(SUBSCRIPTIONS_API, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`push subscription: ${response.status}`);
}

/**
 * Where this browser stands. A subscription that exists is sent again, quietly: the member signed
 * in here may not be the one who subscribed, and the app keeps one owner per endpoint.
 */
export async function readPushState(): Promise<PushState> {
  if (!isSupported()) return "unsupported";
  if (Notification.permission === "denied") return "blocked";
  const subscription = await currentSubscription();
  if (!subscription || Notification.permission !== "granted") return "off";
  await tellTheApp("POST", subscription.toJSON()).catch(() => undefined);
  return "on";
}

/** Asks for permission (only ever from a click), subscribes, and gives the app the subscription. */
export async function turnPushOn(vapidPublicKey: string): Promise<PushState> {
  if (!isSupported()) return "unsupported";
  const permission = await Notification.requestPermission();
  if (permission === "denied") return "blocked";
  if (permission !== "granted") return "off";
  const registration = await navigator.serviceWorker.register(WORKER_URL, { scope: "/" });
  await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: fromBase64Url(vapidPublicKey),
    }));
  await tellTheApp("POST", subscription.toJSON());
  return "on";
}

export async function turnPushOff(): Promise<PushState> {
  const subscription = await currentSubscription();
  if (subscription) {
    await tellTheApp("DELETE", { endpoint: subscription.endpoint }).catch(() => undefined);
    await subscription.unsubscribe();
  }
  return "off";
}

/**
 * Signing out: this browser stops getting the member's pushes, so a shared browser never shows the
 * previous member's notifications. The app is told first, while the session still works, and the
 * browser drops the subscription either way. Bounded, so nothing here can hold up signing out.
 */
export async function forgetPushOnSignOut(): Promise<void> {
  if (!isSupported()) return;
  const forgotten = turnPushOff().catch(() => undefined);
  await Promise.race([forgotten, new Promise((resolve) => setTimeout(resolve, SIGN_OUT_WAIT_MS))]);
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
