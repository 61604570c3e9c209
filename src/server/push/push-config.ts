import "server-only";
import { getEnv } from "@/env";

export type PushConfig = {
  publicKey: string;
  privateKey: string;
  /** Who push services may contact about our pushes (RFC 8292): mailto: or https:. */
  subject: string;
};

/** The VAPID settings, or null when push is off (no key pair configured). */
export function pushConfig(): PushConfig | null {
  const env = getEnv();
  if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) return null;
  const subject =
    env.VAPID_SUBJECT ??
    (env.APP_URL.startsWith("https://") ? env.APP_URL : "mailto:push@hearth.invalid");
  return { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY, subject };
}
