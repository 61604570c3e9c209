import { forgetPushOnSignOut } from "@/components/push/push-subscription";

/**
 * Signs out through next-auth and lands on the front door; this browser's push subscription is
 * dropped first (docs/push.md). next-auth's client is loaded on the click: every page's header
 * offers signing out, and it would otherwise weigh on every first load.
 */
export async function signOutToFrontDoor(): Promise<void> {
  const [{ signOut }] = await Promise.all([import("next-auth/react"), forgetPushOnSignOut()]);
  await signOut({ callbackUrl: "/" });
}
