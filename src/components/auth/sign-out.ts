/**
 * Signs out through next-auth and lands on the front door. next-auth's client is loaded on the
 * click: every page's header offers signing out, and it would otherwise weigh on every first load.
 */
export async function signOutToFrontDoor(): Promise<void> {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/" });
}
