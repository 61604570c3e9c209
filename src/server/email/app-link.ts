import "server-only";
import { getEnv } from "@/env";

/** An absolute link into the app for an email: `${APP_URL}${path}`, whatever trailing slash APP_URL has. */
export function appLink(path: string): string {
  return `${getEnv().APP_URL.replace(/\/+$/, "")}${path}`;
}
