import { getEnv } from "@/env";

/** The Origin a browser sends with a request from the app's own pages. */
export function appOrigin(): string {
  return new URL(getEnv().APP_URL).origin;
}

/**
 * The headers the app's own pages send with an API write: the app's Origin and a JSON body (API
 * writes refuse anything else, src/server/http/refuse-cross-site.ts). `headers` add or override.
 */
export function fromTheApp(headers: Record<string, string> = {}): Record<string, string> {
  return { origin: appOrigin(), "content-type": "application/json", ...headers };
}
