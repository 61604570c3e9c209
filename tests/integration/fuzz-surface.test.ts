import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { getEnv } from "@/env";
import { sessionCookieName } from "@/server/auth/session-token";
import {
  SURFACE,
  type ActionEntry,
  type RouteEntry,
  type SurfaceEntry,
} from "../fixtures/app-surface";
import { CALLER_KINDS, freshWorld, type World } from "../fixtures/permission-world";
import { callAction, callerHeaders, callRoute } from "../support/call-surface";
import {
  changedTables,
  emptyAllTables,
  fingerprint,
  THROTTLE_TABLES,
  type Fingerprint,
} from "../support/db-fingerprint";

// Cases per route or action; the whole file stays around half a minute on a quiet 2-core machine.
const RUNS_PER_ENTRY = 30;

/** Who sends the request: any kind of caller, or a cookie that is not a session at all. */
const callerArb = fc.constantFrom(...CALLER_KINDS, "forgedCookie" as const);
type FuzzCaller = (typeof CALLER_KINDS)[number] | "forgedCookie";

const HOSTILE_TEXT = [
  "",
  " ",
  "null",
  "undefined",
  "0",
  "-1",
  "1e309",
  "NaN",
  "true",
  "[]",
  "{}",
  "../../etc/passwd",
  "' OR 1=1 --",
  "\u0000",
  "%00",
  "<script>alert(1)</script>",
  "ＡＢＣ２３４－ＤＥＦ５６７",
  "🔥".repeat(300),
];

/** Identifiers a caller might try: the world's own, random ones, and garbage. */
function idArb(world: World): fc.Arbitrary<string> {
  const known = [
    world.room.id,
    world.otherRoom.id,
    world.scheduledRoom.id,
    world.closedRoom.id,
    world.club.id,
    world.invite.id,
    ...Object.values(world.people).flatMap((person) => [person.id, person.username]),
  ];
  return fc.oneof(
    fc.constantFrom(...known),
    fc.uuid(),
    fc.constantFrom(...HOSTILE_TEXT),
    fc.string({ unit: "binary", maxLength: 60 }),
  );
}

function valueArb(world: World): fc.Arbitrary<unknown> {
  return fc.oneof(
    idArb(world),
    fc.jsonValue({ maxDepth: 3 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant("x".repeat(100_000)),
  );
}

// Headers ----------------------------------------------------------------------------------------

const JSON_TYPE = "application/json";
const BAD_CONTENT_TYPES = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
];
const BAD_ORIGINS = ["https://evil.example", "null"];

type HeaderChoice = { contentType: string | null; origin: string | null };

/** Mostly what the app's own pages send, so calls reach deep; otherwise cross-site or broken. */
function headerArb(): fc.Arbitrary<HeaderChoice> {
  const appUrl = getEnv().APP_URL;
  return fc.record({
    contentType: fc.oneof(
      { arbitrary: fc.constant(JSON_TYPE), weight: 6 },
      { arbitrary: fc.constantFrom(...BAD_CONTENT_TYPES, null), weight: 2 },
      { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
    ),
    origin: fc.oneof(
      { arbitrary: fc.constant(appUrl), weight: 6 },
      { arbitrary: fc.constantFrom(...BAD_ORIGINS, `${appUrl}.evil.example`, null), weight: 2 },
      { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
    ),
  });
}

async function headersFor(world: World, caller: FuzzCaller, choice: HeaderChoice) {
  const headers = await callerHeaders(world, caller === "forgedCookie" ? "signedOut" : caller);
  if (caller === "forgedCookie") headers.set("cookie", `${sessionCookieName()}=not-a-session`);
  headers.delete("content-type");
  headers.delete("origin");
  if (choice.contentType !== null) headers.set("content-type", choice.contentType);
  if (choice.origin !== null) headers.set("origin", choice.origin);
  return headers;
}

/** A write that plainly comes from another site or is not JSON, which API writes must refuse. */
function isCrossSiteWrite(route: RouteEntry, choice: HeaderChoice): boolean {
  if (route.method === "GET" || route.notInMatrix !== undefined) return false;
  const badType = choice.contentType === null || BAD_CONTENT_TYPES.includes(choice.contentType);
  const badOrigin = choice.origin === null || BAD_ORIGINS.includes(choice.origin);
  return badType || badOrigin;
}

// Inputs -----------------------------------------------------------------------------------------

/** A route's body: the well-formed one with fields swapped or added, any JSON, or not JSON. */
function routeBodyArb(route: RouteEntry, world: World): fc.Arbitrary<string | null> {
  const wellFormed = route.body?.(world) ?? {};
  const keys = [...Object.keys(wellFormed), "userId", "roomId", "role", "identity", "on"];
  return fc.oneof(
    fc
      .dictionary(fc.constantFrom(...keys), valueArb(world), { maxKeys: 4 })
      .map((fields) => JSON.stringify({ ...wellFormed, ...fields })),
    fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.constantFrom(
      null,
      JSON.stringify(wellFormed),
      `{"__proto__":{"role":"HOST"},"constructor":{"prototype":{"isAdmin":true}}}`,
      `{"userId":"${world.people.host.id}"`,
      "x".repeat(200_000),
    ),
  );
}

function routeParamsArb(route: RouteEntry, world: World) {
  const params = route.params(world);
  if (!("roomId" in params)) return fc.constant(params);
  return fc.record({ roomId: idArb(world) });
}

type FuzzField = string | string[] | Blob;

/** An action's form: the well-formed one with fields swapped or added, or fields of any name. */
function formArb(action: ActionEntry, world: World): fc.Arbitrary<Record<string, FuzzField>> {
  const wellFormed = action.form(world);
  const keys = [...Object.keys(wellFormed), "roomId", "userId", "clubId", "code", "intent"];
  const field = fc.oneof(
    idArb(world),
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.array(idArb(world), { minLength: 2, maxLength: 4 }),
    fc.constant("x".repeat(100_000)),
    fc.constant(new Blob(["not a field"], { type: "application/octet-stream" })),
  );
  return fc.oneof(
    fc
      .dictionary(fc.constantFrom(...keys), field, { maxKeys: 4 })
      .map((fields) => ({ ...wellFormed, ...fields })),
    fc.dictionary(fc.string({ maxLength: 16 }), field, { maxKeys: 6 }),
    fc.constant(wellFormed),
  );
}

function toFuzzFormData(fields: Record<string, FuzzField>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
  }
  return form;
}

// The property ------------------------------------------------------------------------------------

type Tally = {
  entries: number;
  cases: number;
  refused: number;
  succeeded: number;
  handedOver: number;
};

const failures: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

/** The outcome of one fuzzed call, checked: no 5xx, and a refusal wrote nothing. */
async function check(
  entry: SurfaceEntry,
  before: Fingerprint,
  call: () => Promise<number>,
  describeCase: () => string,
  tally: Tally,
): Promise<Fingerprint> {
  // A handler that throws is a 500 in Next.js; it is recorded, not rethrown, so one finding does
  // not stop the run and the report names the case in a line.
  const status = await call().catch((error: unknown) => {
    failures.push(`${entry.name}: threw ${String(error).slice(0, 200)} for ${describeCase()}`);
    return 500;
  });
  const after = await fingerprint();
  tally.cases += 1;
  if (status >= 500) failures.push(`${entry.name}: ${status} for ${describeCase()}`);
  if (status === HANDED_OVER) {
    tally.handedOver += 1;
  } else if (status >= 400) {
    tally.refused += 1;
    const changed = changedTables(before, after).filter((t) => !THROTTLE_TABLES.includes(t));
    if (changed.length > 0) {
      failures.push(`${entry.name}: refused (${status}) but changed ${changed.join(", ")}`);
    }
  } else {
    tally.succeeded += 1;
  }
  return after;
}

function short(text: string | null): string {
  if (text === null) return "no body";
  return text.length > 120 ? `${text.slice(0, 120)}… (${text.length} chars)` : text;
}

// A request next-auth took over: neither refused nor a server error of ours.
const HANDED_OVER = 0;

function isOutsideRequestScope(error: unknown): boolean {
  return error instanceof Error && error.message.includes("was called outside a request scope");
}

/** The URL path with the fuzzed room id in it, as the router would have matched it. */
function pathWith(route: RouteEntry, world: World, roomId: string | string[] | undefined): string {
  if (typeof roomId !== "string") return route.path(world);
  return route.path(world).replace(world.room.id, encodeSegment(roomId));
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) becomes U+FFFD. */
function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%EF%BF%BD";
  }
}

async function fuzzRoute(route: RouteEntry, tally: Tally): Promise<void> {
  const world = await freshWorld();
  let before = await fingerprint();
  const input = fc.record({
    caller: callerArb,
    headers: headerArb(),
    params: routeParamsArb(route, world),
    body: routeBodyArb(route, world),
  });
  await fc.assert(
    fc.asyncProperty(input, async ({ caller, headers: choice, params, body }) => {
      const headers = await headersFor(world, caller, choice);
      const path = pathWith(route, world, params.roomId);
      let status = 0;
      before = await check(
        route,
        before,
        async () => {
          status = await callRoute(route, { headers, params, path, body }).then(
            (outcome) => outcome.status,
            (error: unknown) => {
              if (route.handsOverToNextAuth && isOutsideRequestScope(error)) return HANDED_OVER;
              throw error;
            },
          );
          return status;
        },
        () =>
          `${caller}, ${JSON.stringify(choice)}, ${short(JSON.stringify(params))}, ${short(body)}`,
        tally,
      );
      if (isCrossSiteWrite(route, choice) && (status < 400 || status >= 500)) {
        failures.push(`${route.name}: answered ${status} to a cross-site or non-JSON write`);
      }
    }),
    { numRuns: RUNS_PER_ENTRY, endOnFailure: true },
  );
}

async function fuzzAction(action: ActionEntry, tally: Tally): Promise<void> {
  const world = await freshWorld();
  let before = await fingerprint();
  const input = fc.record({
    caller: callerArb,
    headers: headerArb(),
    fields: formArb(action, world),
  });
  await fc.assert(
    fc.asyncProperty(input, async ({ caller, headers: choice, fields }) => {
      const headers = await headersFor(world, caller, choice);
      before = await check(
        action,
        before,
        async () => {
          const outcome = await callAction(action, toFuzzFormData(fields), headers);
          return outcome.status;
        },
        () =>
          `${caller}, ${JSON.stringify(choice)}, fields ${short(Object.keys(fields).join(","))}`,
        tally,
      );
    }),
    { numRuns: RUNS_PER_ENTRY, endOnFailure: true },
  );
}

describe("fuzzing", () => {
  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    await emptyAllTables();
  });

  it("fuzzed input to every route and action never causes a server error", async () => {
    process.on("unhandledRejection", onUnhandled);
    const tally: Tally = { entries: 0, cases: 0, refused: 0, succeeded: 0, handedOver: 0 };
    const started = performance.now();
    for (const entry of SURFACE) {
      if (entry.kind === "route" && entry.notFuzzed !== undefined) continue;
      tally.entries += 1;
      if (entry.kind === "route") await fuzzRoute(entry, tally);
      else await fuzzAction(entry, tally);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `fuzz: ${tally.cases} cases over ${tally.entries} routes and actions ` +
        `(${tally.refused} refused, ${tally.succeeded} permitted, ${tally.handedOver} passed on to ` +
        `next-auth) in ${seconds} s`,
    );
    expect(failures).toEqual([]);
    expect(unhandled).toEqual([]);
  }, 600_000);
});
