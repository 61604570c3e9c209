import "server-only";
import { getEnv } from "@/env";

/** The link a member shares: `${APP_URL}/invite/<code>`, whatever trailing slash APP_URL has. */
export function inviteLink(code: string): string {
  return `${getEnv().APP_URL.replace(/\/+$/, "")}/invite/${code}`;
}
