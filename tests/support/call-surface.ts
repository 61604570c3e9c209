import { readdir, readFile } from "node:fs/promises";
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
  /** The raw body: JSON text, or bytes for a route that takes them (null: none). */
  body: string | Uint8Array | null;
};

export type RouteOutcome = {
  status: number;
  headers: Headers;
  /** The body as text; for an event stream, its first chunk (the stream is then closed). */
  text: string;
  /** The body's length in bytes (of the first chunk, for an event stream). */
  byteLength: number;
};

// How long an event stream may take to send its first event.
const FIRST_EVENT_MS = 5_000;

/**
 * Calls a route handler as Next.js would for a request to `path`. API routes run without the
 * proxy (src/proxy.ts leaves /api/ out), so the handler is all there is.
 */
export async function callRoute(entry: RouteEntry, call: RouteCall): Promise<RouteOutcome> {
  const handler = await entry.load();
  const hasBody = entry.method !== "GET" && call.body !== null;
  const body =
    typeof call.body === "string" ? call.body : call.body && new Blob([call.body.slice()]);
  // The browser going away: an event stream is told through the request's signal.
  const tab = new AbortController();
  const request = new NextRequest(new URL(call.path, getEnv().APP_URL), {
    method: entry.method,
    headers: call.headers,
    body: hasBody ? body : null,
    signal: tab.signal,
  });
  const response = await handler(request, { params: Promise.resolve(call.params) });
  const { status, headers } = response;
  if (headers.get("content-type")?.startsWith("text/event-stream") && response.body) {
    const first = await firstChunk(response.body);
    tab.abort();
    return { status, headers, text: new TextDecoder().decode(first), byteLength: first.byteLength };
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status, headers, text: new TextDecoder().decode(bytes), byteLength: bytes.byteLength };
}

/** A stream's first chunk, then the stream cancelled (as a closed tab would). */
async function firstChunk(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = body.getReader();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the event stream sent nothing in ${FIRST_EVENT_MS} ms`)),
      FIRST_EVENT_MS,
    );
  });
  try {
    const { value } = await Promise.race([reader.read(), timeout]);
    return value ?? new Uint8Array(0);
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * The well-formed call of a route as `headers`' caller: its JSON body, or the bytes of a route
 * that takes them with their content type.
 */
export async function wellFormedCall(
  entry: RouteEntry,
  world: World,
  headers: Headers,
): Promise<RouteCall> {
  const call = { headers, params: entry.params(world), path: entry.path(world) };
  if (entry.rawBody) {
    headers.set("content-type", entry.rawBody.contentType);
    return { ...call, body: await entry.rawBody.bytes() };
  }
  return { ...call, body: entry.body ? JSON.stringify(entry.body(world)) : null };
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
 * from the modules themselves, so a new one cannot go untested unnoticed. An action module is any
 * file that starts with "use server", whatever its name (`photo-actions.ts` as well as
 * `actions.ts`).
 */
export async function discoverSurface(): Promise<string[]> {
  const root = path.resolve(import.meta.dirname, "../..");
  const candidates = (await listFiles(path.join(root, "src/app"))).filter((file) =>
    /\.tsx?$/.test(file),
  );
  const files: string[] = [];
  for (const file of candidates) {
    if (/\/route\.ts$/.test(file) || (await isServerActionModule(file))) files.push(file);
  }
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

/** Whether a module's first statement is the "use server" directive (comments may precede it). */
async function isServerActionModule(file: string): Promise<boolean> {
  const text = await readFile(file, "utf8");
  const code = text.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, "");
  return /^["']use server["']/.test(code);
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
