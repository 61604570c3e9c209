import { readdir } from "node:fs/promises";
import path from "node:path";
import { NextRequest } from "next/server";
import { getEnv } from "@/env";
import type { ActionEntry, RouteEntry } from "../fixtures/app-surface";
import type { CallerKind, World } from "../fixtures/permission-world";
import { sessionCookie } from "../fixtures/session-cookie";
import { runAsActionRequest, type ActionOutcome } from "./action-request";
import { fromTheApp } from "./api-request";

/**
 * The headers a well-behaved browser of this caller sends: their session cookie (none when signed
 * out), a JSON content type and the app's own Origin (API writes require both), and an address of
 * their own so per-address throttles of one call never reach another.
 */
export async function callerHeaders(world: World, kind: CallerKind): Promise<Headers> {
  const headers = new Headers(
    fromTheApp({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` }),
  );
  if (kind !== "signedOut") {
    const person = world.people[kind];
    headers.set("cookie", await sessionCookie(person.id, kind === "disabled" ? 1 : 0));
  }
  return headers;
}

export type RouteCall = {
  headers: Headers;
  params: Record<string, string | string[]>;
  path: string;
  /** The raw body text (null: none). */
  body: string | null;
};

export type RouteOutcome = { status: number; text: string };

/**
 * Calls a route handler as Next.js would for a request to `path`. API routes run without the
 * proxy (src/proxy.ts leaves /api/ out), so the handler is all there is.
 */
export async function callRoute(entry: RouteEntry, call: RouteCall): Promise<RouteOutcome> {
  const handler = await entry.load();
  const hasBody = entry.method !== "GET" && call.body !== null;
  const request = new NextRequest(new URL(call.path, getEnv().APP_URL), {
    method: entry.method,
    headers: call.headers,
    body: hasBody ? call.body : null,
  });
  const response = await handler(request, { params: Promise.resolve(call.params) });
  return { status: response.status, text: await response.text() };
}

/** Calls a server action with a form, as a request carrying `headers`. */
export async function callAction(
  entry: ActionEntry,
  form: FormData,
  headers: Headers,
): Promise<ActionOutcome> {
  const action = await entry.load();
  return runAsActionRequest(headers, () => action(form));
}

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/**
 * Every route handler (file and method) and every server action (file and export) in src/app, read
 * from the modules themselves, so a new one cannot go untested unnoticed.
 */
export async function discoverSurface(): Promise<string[]> {
  const root = path.resolve(import.meta.dirname, "../..");
  const files = (await listFiles(path.join(root, "src/app"))).filter((file) =>
    /\/(route|actions)\.ts$/.test(file),
  );
  const found: string[] = [];
  for (const file of files.sort()) {
    const relative = path.relative(root, file);
    const exported: unknown = await import(/* @vite-ignore */ file);
    if (typeof exported !== "object" || exported === null) continue;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value !== "function") continue;
      const isRoute = relative.endsWith("route.ts");
      if (isRoute && !HTTP_METHODS.includes(name)) continue;
      found.push(`${relative}#${name}`);
    }
  }
  return found;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : Promise.resolve([full]);
    }),
  );
  return nested.flat();
}
