import { AsyncLocalStorage } from "node:async_hooks";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import type { ActionResult } from "@/server/actions/action-result";
import { errorStatus } from "@/server/errors";

// Server actions read the request through next/headers, which only works inside Next's own request
// scope. Tests run an action "as a request" here instead: the test file mocks next/headers to read
// this store, so the real session check (the JWT decoded, then disabled accounts and ended sessions
// refused) still runs on a real cookie.

type ActionRequest = { headers: Headers };

const current = new AsyncLocalStorage<ActionRequest>();

function currentRequest(): ActionRequest {
  const request = current.getStore();
  if (!request) throw new Error("a server action ran outside runAsActionRequest");
  return request;
}

/** What `headers()` from next/headers answers while a test runs an action. */
export function currentHeaders(): Promise<Headers> {
  return Promise.resolve(new Headers(currentRequest().headers));
}

/** What `cookies()` from next/headers answers (the few reads the app makes: get and getAll). */
export function currentCookies() {
  const pairs = parseCookies(currentRequest().headers.get("cookie"));
  return Promise.resolve({
    get: (name: string) => (name in pairs ? { name, value: pairs[name] ?? "" } : undefined),
    getAll: () => Object.entries(pairs).map(([name, value]) => ({ name, value })),
    has: (name: string) => name in pairs,
  });
}

function parseCookies(header: string | null): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) pairs[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return pairs;
}

/** An action's answer as the HTTP status it stands for: 303 for a redirect, 500 for a bug. */
export type ActionOutcome = {
  status: number;
  result: ActionResult<unknown> | null;
  location: string | null;
  thrown: unknown;
};

/** Runs a server action as a request carrying `headers` (cookie, origin, forwarded address). */
export async function runAsActionRequest(
  headers: Headers,
  action: () => Promise<ActionResult<unknown>>,
): Promise<ActionOutcome> {
  try {
    const result = await current.run({ headers }, action);
    return { status: statusOf(result), result, location: null, thrown: null };
  } catch (error) {
    if (isRedirectError(error)) {
      const location = error.digest.split(";")[2] ?? "";
      return { status: 303, result: null, location, thrown: null };
    }
    return { status: 500, result: null, location: null, thrown: error };
  }
}

function statusOf(result: ActionResult<unknown>): number {
  if (result.ok) return 200;
  if (!result.code || result.code === "INTERNAL") return 500;
  return errorStatus[result.code];
}
