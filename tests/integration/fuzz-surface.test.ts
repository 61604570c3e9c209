import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { getEnv } from "@/env";
import { refuseCrossSiteWrite } from "@/lib/security/cross-site-write";
import { sessionCookieName } from "@/server/auth/session-token";
import { db } from "@/server/db";
import { replayStorage, storageKeys } from "@/server/replays/replay-storage";
import {
  SURFACE,
  type ActionEntry,
  type RouteEntry,
  type SurfaceEntry,
} from "../fixtures/app-surface";
import { CALLER_KINDS, freshWorld, type World } from "../fixtures/permission-world";
import { appOrigin } from "../support/api-request";
import { callAction, callerHeaders, callRoute } from "../support/call-surface";
import {
  changedTables,
  emptyAllTables,
  fingerprint,
  THROTTLE_TABLES,
  type Fingerprint,
} from "../support/db-fingerprint";

// Every route and server action, called with generated input, as a fast-check property: no 5xx,
// no unhandled rejection, a refusal writes nothing, a cross-site write or action is refused, a
// Range is answered within the file, a photo is stored only when it is one. A failing case is
// shrunk to a small counterexample, and the report names the seed (and path) that replays it:
//   FUZZ_SEED=<seed> [FUZZ_PATH=<path>] vitest run --project surface \
//     tests/integration/fuzz-surface.test.ts -t "<route or action>"
// Every case meets the same world: one that changed it gets a freshly built world for the next
// (throttle rows aside), so a case's outcome depends on its input alone and shrinking is sound.
// Inputs name the world's rows symbolically (world.room.id), resolved when the case runs.

/** Cases per route or action (FUZZ_RUNS); the whole file takes a minute or two on 2 cores. */
const RUNS_PER_ENTRY = positiveInt(process.env.FUZZ_RUNS) ?? 20;
const SEED = Number.isSafeInteger(Number(process.env.FUZZ_SEED))
  ? Number(process.env.FUZZ_SEED)
  : randomBytes(4).readInt32LE();
const REPLAY_PATH = process.env.FUZZ_PATH;

function positiveInt(text: string | undefined): number | undefined {
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

// Symbolic references to the world --------------------------------------------------------------

/** A value of the world the case runs in, printed by name in counterexamples. */
class WorldRef {
  constructor(
    readonly name: string,
    readonly pick: (world: World) => string,
  ) {}
  [fc.toStringMethod](): string {
    return `world.${this.name}`;
  }
}

type Value = WorldRef | string | number | boolean | null | Value[] | { [key: string]: Value };

/** The value with every reference replaced by the world's own. */
function resolve(value: unknown, world: World): unknown {
  if (value instanceof WorldRef) return value.pick(world);
  if (Array.isArray(value)) return value.map((item) => resolve(item, world));
  if (value instanceof Blob || value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, resolve(item, world)]),
  );
}

function worldRefs(world: World): WorldRef[] {
  const refs = [
    new WorldRef("room.id", (w) => w.room.id),
    new WorldRef("otherRoom.id", (w) => w.otherRoom.id),
    new WorldRef("scheduledRoom.id", (w) => w.scheduledRoom.id),
    new WorldRef("closedRoom.id", (w) => w.closedRoom.id),
    new WorldRef("club.id", (w) => w.club.id),
    new WorldRef("club.slug", (w) => w.club.slug),
    new WorldRef("invite.id", (w) => w.invite.id),
    new WorldRef("invite.code", (w) => w.invite.code),
    new WorldRef("report.id", (w) => w.report.id),
    new WorldRef("match.id", (w) => w.match.id),
  ];
  for (const kind of Object.keys(world.people) as (keyof World["people"])[]) {
    refs.push(new WorldRef(`people.${kind}.id`, (w) => w.people[kind].id));
    refs.push(new WorldRef(`people.${kind}.username`, (w) => w.people[kind].username));
  }
  return refs;
}

// Values ------------------------------------------------------------------------------------------

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
const HUGE = "x".repeat(100_000);

type Arbs = { id: fc.Arbitrary<Value>; value: fc.Arbitrary<Value> };

function valueArbs(refs: WorldRef[]): Arbs {
  const id = fc.oneof(
    fc.constantFrom(...refs),
    fc.uuid(),
    fc.constantFrom(...HOSTILE_TEXT),
    fc.string({ unit: "binary", maxLength: 60 }),
  );
  const value = fc.oneof(
    id,
    fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Value>,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(HUGE),
  );
  return { id, value };
}

// Who calls, and the headers they send ------------------------------------------------------------

/** Who sends the request: any kind of caller, or a cookie that is not a session at all. */
const callerArb = fc.constantFrom(...CALLER_KINDS, "forgedCookie" as const);
type FuzzCaller = (typeof CALLER_KINDS)[number] | "forgedCookie";

const JSON_TYPE = "application/json";
const SIMPLE_TYPES = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"];

type HeaderChoice = { contentType: string | null; origin: string | null };

/** Mostly what the app's own pages send, so calls reach deep; otherwise cross-site or broken. */
function headerArb(ownType: string): fc.Arbitrary<HeaderChoice> {
  const own = appOrigin();
  return fc.record({
    contentType: fc.oneof(
      { arbitrary: fc.constant(ownType), weight: 6 },
      { arbitrary: fc.constantFrom(...SIMPLE_TYPES, JSON_TYPE, null), weight: 2 },
      { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
    ),
    origin: fc.oneof(
      { arbitrary: fc.constant(own), weight: 6 },
      {
        arbitrary: fc.constantFrom("https://evil.example", "null", `${own}.evil.example`, null),
        weight: 2,
      },
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

// Query strings and the Range header --------------------------------------------------------------

const QUERY_KEYS = ["v", "size", "before", "after", "cursor", "limit", "q", "since", "__proto__"];

type Query = { pairs: [string, Value][] } | { raw: string };

function queryArb(arbs: Arbs): fc.Arbitrary<Query> {
  return fc.oneof(
    { arbitrary: fc.constant<Query>({ pairs: [] }), weight: 3 },
    {
      arbitrary: fc.record({
        pairs: fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 8 })),
            fc.oneof(arbs.id, fc.constantFrom("large", "small", "-1", "1e9")),
          ),
          { maxLength: 4 },
        ),
      }),
      weight: 3,
    },
    { arbitrary: fc.record({ raw: fc.string({ unit: "binary", maxLength: 80 }) }), weight: 1 },
  );
}

function withQuery(pathname: string, query: Query, world: World): string {
  if ("raw" in query) return `${pathname}?${encodeLoosely(query.raw)}`;
  if (query.pairs.length === 0) return pathname;
  const search = new URLSearchParams();
  for (const [key, value] of query.pairs) search.append(key, String(resolve(value, world)));
  return `${pathname}?${search.toString()}`;
}

/** Text as a sloppy client puts it in a URL: only what would break the URL itself is escaped. */
function encodeLoosely(text: string): string {
  return [...text]
    .map((char) => (/[\s#%?\p{Cs}]|[^\x20-\x7e]/u.test(char) ? encodeSegment(char) : char))
    .join("");
}

/** A Range header: well formed, out of bounds, several ranges, or junk. */
const rangeArb: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc
    .tuple(fc.option(fc.nat({ max: 5_000 })), fc.option(fc.nat({ max: 5_000 })))
    .map(([from, to]) => `bytes=${from ?? ""}-${to ?? ""}`),
  fc
    .tuple(
      fc.bigInt({ min: 0n, max: 10n ** 30n }),
      fc.option(fc.bigInt({ min: 0n, max: 10n ** 30n })),
    )
    .map(([from, to]) => `bytes=${from}-${to ?? ""}`),
  fc.constantFrom(
    "bytes=",
    "bytes=-",
    "bytes=-0",
    "bytes=1-0",
    "bytes=0-0,5-9",
    "bytes=00000000000000000000000001-2",
    "items=0-1",
    " bytes=0-1",
    "bytes=0x10-",
  ),
  fc.string({ maxLength: 40 }),
);

// Bodies ------------------------------------------------------------------------------------------

type RouteBody =
  | { wellFormed: true; with: Record<string, Value> }
  | { json: Value }
  | { text: string }
  | { none: true }
  | { image: ImageChoice }
  | { bytes: Uint8Array };

/** A route's body: the well-formed one with fields swapped or added, any JSON, or not JSON. */
function routeBodyArb(route: RouteEntry, world: World, arbs: Arbs): fc.Arbitrary<RouteBody> {
  if (route.rawBody) {
    return fc.oneof(
      { arbitrary: imageArb.map((image) => ({ image })), weight: 6 },
      { arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((bytes) => ({ bytes })), weight: 1 },
      { arbitrary: fc.constantFrom({ none: true as const }, { text: SVG }), weight: 1 },
    );
  }
  const keys = [...Object.keys(route.body?.(world) ?? {}), "userId", "roomId", "role", "on"];
  return fc.oneof(
    fc.record({
      wellFormed: fc.constant(true as const),
      with: fc.dictionary(fc.constantFrom(...keys), arbs.value, { maxKeys: 4 }),
    }),
    fc.record({ json: fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Value> }),
    fc.record({ text: fc.string({ unit: "binary", maxLength: 300 }) }),
    fc.constantFrom<RouteBody>(
      { none: true },
      { text: `{"__proto__":{"role":"HOST"},"constructor":{"prototype":{"isAdmin":true}}}` },
      { text: `{"userId":"` },
      { text: "x".repeat(200_000) },
    ),
  );
}

async function bodyBytes(route: RouteEntry, body: RouteBody, world: World) {
  if ("none" in body) return null;
  if ("text" in body) return body.text;
  if ("bytes" in body) return body.bytes;
  if ("image" in body) return drawImage(body.image);
  if ("json" in body) return JSON.stringify(body.json);
  return JSON.stringify({ ...route.body?.(world), ...(resolve(body.with, world) as object) });
}

// Images: real ones of every format sharp writes (and TIFF, which the upload refuses), cut short,
// with bytes changed, or a PNG whose header claims far more pixels than it holds.

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect width="9"/></svg>';

type ImageChoice = {
  format: "png" | "jpeg" | "webp" | "gif" | "tiff";
  width: number;
  height: number;
  damage:
    | { kind: "none" }
    | { kind: "cut"; keep: number }
    | { kind: "flip"; at: [number, number][] }
    | { kind: "claim"; width: number; height: number };
};

const imageArb: fc.Arbitrary<ImageChoice> = fc.record({
  format: fc.constantFrom("png", "jpeg", "webp", "gif", "tiff"),
  width: fc.integer({ min: 1, max: 48 }),
  height: fc.integer({ min: 1, max: 48 }),
  damage: fc.oneof(
    { arbitrary: fc.constant({ kind: "none" as const }), weight: 3 },
    fc.record({ kind: fc.constant("cut" as const), keep: fc.integer({ min: 0, max: 99 }) }),
    fc.record({
      kind: fc.constant("flip" as const),
      at: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 }),
    }),
    fc.record({
      kind: fc.constant("claim" as const),
      width: fc.integer({ min: 1, max: 1_000_000 }),
      height: fc.integer({ min: 1, max: 1_000_000 }),
    }),
  ),
});

async function drawImage(choice: ImageChoice): Promise<Uint8Array> {
  const drawn = await sharp({
    create: { width: choice.width, height: choice.height, channels: 3, background: "#c2410c" },
  })
    .toFormat(choice.format)
    .toBuffer();
  const bytes = new Uint8Array(drawn);
  const { damage } = choice;
  if (damage.kind === "cut") return bytes.slice(0, Math.floor((bytes.length * damage.keep) / 100));
  if (damage.kind === "flip") {
    for (const [at, byte] of damage.at) bytes[at % bytes.length] = byte;
  }
  if (damage.kind === "claim" && choice.format === "png") claimPngSize(bytes, damage);
  return bytes;
}

/** Rewrites a PNG's IHDR width and height, with a correct CRC, so only its pixels disagree. */
function claimPngSize(png: Uint8Array, size: { width: number; height: number }): void {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  view.setUint32(16, size.width);
  view.setUint32(20, size.height);
  view.setUint32(29, crc32(png.subarray(12, 29)));
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

// Forms -------------------------------------------------------------------------------------------

type FuzzField = Value | Blob;
type FormChoice = { wellFormed: boolean; fields: Record<string, FuzzField | FuzzField[]> };

/** An action's form: the well-formed one with fields swapped or added, or fields of any name. */
function formArb(action: ActionEntry, world: World, arbs: Arbs): fc.Arbitrary<FormChoice> {
  const keys = [...Object.keys(action.form(world)), "roomId", "userId", "clubId", "code", "intent"];
  const field: fc.Arbitrary<FuzzField | FuzzField[]> = fc.oneof(
    arbs.id,
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.array(arbs.id, { minLength: 2, maxLength: 4 }),
    fc.constant(HUGE),
    fc.constant(new Blob(["not a field"], { type: "application/octet-stream" })),
  );
  return fc.oneof(
    fc.record({
      wellFormed: fc.constant(true),
      fields: fc.dictionary(fc.constantFrom(...keys), field, { maxKeys: 4 }),
    }),
    fc.record({
      wellFormed: fc.constant(false),
      fields: fc.dictionary(fc.string({ maxLength: 16 }), field, { maxKeys: 6 }),
    }),
  );
}

function toFuzzFormData(action: ActionEntry, choice: FormChoice, world: World): FormData {
  const fields = {
    ...(choice.wellFormed ? action.form(world) : {}),
    ...(resolve(choice.fields, world) as Record<string, unknown>),
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      form.append(name, one instanceof Blob ? one : String(one));
    }
  }
  return form;
}

// The world each case meets -----------------------------------------------------------------------

type State = { world: World; before: Fingerprint; dirty: boolean; withReplay: boolean };
let state: State | null = null;

/** The world as freshly built, rebuilt when the last case changed it. */
async function cleanWorld(entry: SurfaceEntry): Promise<State> {
  const withReplay = entry.name === "GET replays/audio";
  if (state && !state.dirty && state.withReplay === withReplay) return state;
  const world = await freshWorld();
  if (withReplay) await addReplay(world);
  state = { world, before: await fingerprint(), dirty: false, withReplay };
  return state;
}

const REPLAY_BYTES = 4096;
let replayFile: Promise<string> | undefined;

/** A ready replay of the world's live room, so Range headers meet a real file. */
async function addReplay(world: World): Promise<void> {
  replayFile ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hearth-fuzz-"));
    const file = path.join(dir, "replay.ogg");
    await writeFile(file, randomBytes(REPLAY_BYTES));
    return file;
  })();
  const storageKey = storageKeys.replay(world.room.id);
  await replayStorage().put(storageKey, await replayFile);
  await db.replay.create({
    data: {
      roomId: world.room.id,
      status: "READY",
      storageKey,
      sizeBytes: REPLAY_BYTES,
      durationMs: 1000,
      readyAt: new Date(),
    },
  });
}

// The property ------------------------------------------------------------------------------------

type Tally = { cases: number; refused: number; succeeded: number; handedOver: number };
const tally: Tally = { cases: 0, refused: 0, succeeded: 0, handedOver: 0 };
const sizes = new Map<string, number>();

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

// A request next-auth took over: neither refused nor a server error of ours.
const HANDED_OVER = 0;

function isOutsideRequestScope(error: unknown): boolean {
  return error instanceof Error && error.message.includes("was called outside a request scope");
}

/**
 * The checks every case must pass, after the call: thrown as an error (which fast-check catches,
 * shrinks and reports) when they fail.
 */
async function settle(current: State, status: number, unhandledBefore: number): Promise<string[]> {
  // A rejection nobody handled surfaces on a later turn of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  const after = await fingerprint();
  const changed = changedTables(current.before, after);
  const written = changed.filter((table) => !THROTTLE_TABLES.includes(table));
  current.before = after;
  if (written.length > 0) current.dirty = true;
  tally.cases += 1;
  if (status === HANDED_OVER) tally.handedOver += 1;
  else if (status >= 400) tally.refused += 1;
  else tally.succeeded += 1;
  if (status >= 500) throw new Error(`answered ${status}`);
  if (unhandled.length > unhandledBefore) {
    throw new Error(`left an unhandled rejection: ${String(unhandled.at(-1)).slice(0, 300)}`);
  }
  if (status >= 400 && written.length > 0) {
    throw new Error(`refused (${status}) but changed ${written.join(", ")}`);
  }
  return changed;
}

type RouteCase = {
  caller: FuzzCaller;
  headers: HeaderChoice;
  params: Record<string, Value>;
  query: Query;
  range: string | null;
  body: RouteBody;
};

/** The URL path with the fuzzed parameters in it, as the router would have matched it. */
function pathWith(route: RouteEntry, world: World, params: Record<string, unknown>): string {
  let pathname = route.path(world);
  for (const [key, original] of Object.entries(route.params(world))) {
    const fuzzed = params[key];
    if (typeof original !== "string" || typeof fuzzed !== "string") continue;
    pathname = pathname.replace(encodeSegment(original), encodeSegment(fuzzed));
  }
  return pathname;
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) becomes U+FFFD. */
function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%EF%BF%BD";
  }
}

function routeCaseArb(
  route: RouteEntry,
  world: World,
  refs: WorldRef[],
  arbs: Arbs,
): fc.Arbitrary<RouteCase> {
  // Path parameters that are one segment are fuzzed, mostly kept as the registry has them so that
  // calls reach past the lookup; catch-alls (next-auth's) are left as they are.
  const params: Record<string, fc.Arbitrary<Value>> = {};
  for (const [key, value] of Object.entries(route.params(world))) {
    if (typeof value !== "string") {
      params[key] = fc.constant(value);
      continue;
    }
    const own = refs.find((ref) => ref.pick(world) === value) ?? value;
    params[key] = fc.oneof(
      { arbitrary: fc.constant(own), weight: 3 },
      { arbitrary: arbs.id, weight: 2 },
    );
  }
  return fc.record({
    caller: callerArb,
    headers: headerArb(route.rawBody?.contentType ?? JSON_TYPE),
    params: fc.record(params),
    query: queryArb(arbs),
    range: route.name === "GET replays/audio" ? rangeArb : fc.constant(null),
    body: routeBodyArb(route, world, arbs),
  });
}

async function runRouteCase(route: RouteEntry, input: RouteCase): Promise<void> {
  const current = await cleanWorld(route);
  const { world } = current;
  const headers = await headersFor(world, input.caller, input.headers);
  if (input.range !== null) headers.set("range", input.range);
  const params = resolve(input.params, world) as Record<string, string | string[]>;
  const pathname = pathWith(route, world, params);
  const unhandledBefore = unhandled.length;
  let outcome: Awaited<ReturnType<typeof callRoute>> | null = null;
  let thrown: unknown = null;
  try {
    outcome = await callRoute(route, {
      headers,
      params,
      path: withQuery(pathname, input.query, world),
      body: await bodyBytes(route, input.body, world),
    });
  } catch (error) {
    if (!(route.handsOverToNextAuth && isOutsideRequestScope(error))) thrown = error;
  }
  const status = thrown ? 500 : (outcome?.status ?? HANDED_OVER);
  const changed = await settle(current, status, unhandledBefore);
  if (thrown) throw asError(thrown, "threw");
  if (!outcome) return;

  // API writes from another site, or in another media type, are refused before anything else.
  const refusal = refuseCrossSiteWrite(
    { method: route.method, pathname: new URL(pathname, getEnv().APP_URL).pathname, headers },
    getEnv().APP_URL,
  );
  if (refusal && outcome.status !== refusal.status) {
    throw new Error(`answered ${outcome.status} to a write it must refuse (${refusal.status})`);
  }
  if (route.name === "GET replays/audio") checkRange(outcome, input.range);
  if (route.name === "GET notifications/stream" && outcome.status === 200) {
    if (!outcome.text.startsWith("event: unread")) {
      throw new Error(`the stream began with ${JSON.stringify(outcome.text.slice(0, 80))}`);
    }
  }
  if (route.name === "PUT photos" && outcome.status === 200 && !changed.includes("ProfilePhoto")) {
    throw new Error("a photo was accepted but not stored");
  }
}

/** What a handler threw, as an Error that keeps it as its cause. */
function asError(thrown: unknown, what: string): Error {
  return new Error(`${what}: ${String(thrown).slice(0, 300)}`, { cause: thrown });
}

/** A replay answered whole or as one range inside the file, with the bytes it says it sends. */
function checkRange(
  outcome: { status: number; headers: Headers; byteLength: number },
  range: string | null,
) {
  const { status, headers, byteLength } = outcome;
  if (status === 200 && byteLength !== REPLAY_BYTES) {
    throw new Error(`the whole replay was ${byteLength} bytes, not ${REPLAY_BYTES}`);
  }
  if (status === 206) {
    const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(headers.get("content-range") ?? "");
    const [start, end, size] = (match?.slice(1) ?? []).map(Number);
    if (start === undefined || end === undefined || size !== REPLAY_BYTES) {
      throw new Error(`206 with Content-Range ${headers.get("content-range")} for ${range}`);
    }
    if (start > end || end >= REPLAY_BYTES || byteLength !== end - start + 1) {
      throw new Error(`206 of bytes ${start}-${end} sent ${byteLength} bytes for ${range}`);
    }
  }
  if (status === 416 && headers.get("content-range") !== `bytes */${REPLAY_BYTES}`) {
    throw new Error(`416 without the file's size for ${range}`);
  }
}

type ActionCase = { caller: FuzzCaller; headers: HeaderChoice; form: FormChoice };

async function runActionCase(action: ActionEntry, input: ActionCase): Promise<void> {
  const current = await cleanWorld(action);
  const { world } = current;
  const headers = await headersFor(world, input.caller, input.headers);
  const unhandledBefore = unhandled.length;
  const outcome = await callAction(action, toFuzzFormData(action, input.form, world), headers);
  const changed = await settle(current, outcome.status, unhandledBefore);
  if (outcome.thrown) throw asError(outcome.thrown, "threw");
  // A post from another site's page is refused before the action reads or writes anything.
  const { origin } = input.headers;
  if (origin !== null && origin !== appOrigin()) {
    if (outcome.status !== 403) throw new Error(`answered ${outcome.status} to a foreign Origin`);
    if (changed.length > 0) throw new Error(`a foreign post changed ${changed.join(", ")}`);
  }
}

/** Runs one entry's property, and on failure says how to replay it. */
async function fuzz(entry: SurfaceEntry): Promise<void> {
  // The arbitraries need the world's shape (field names, parameter names), not its rows.
  const { world } = await cleanWorld(entry);
  const refs = worldRefs(world);
  const arbs = valueArbs(refs);
  const casesBefore = tally.cases;
  try {
    const params = {
      seed: SEED,
      numRuns: RUNS_PER_ENTRY,
      ...(REPLAY_PATH ? { path: REPLAY_PATH } : {}),
    };
    if (entry.kind === "route") {
      const cases = routeCaseArb(entry, world, refs, arbs);
      await fc.assert(
        fc.asyncProperty(cases, (input) => runRouteCase(entry, input)),
        params,
      );
    } else {
      const cases = fc.record({
        caller: callerArb,
        headers: headerArb(JSON_TYPE),
        form: formArb(entry, world, arbs),
      });
      await fc.assert(
        fc.asyncProperty(cases, (input) => runActionCase(entry, input)),
        params,
      );
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${entry.name}: ${message}\n\nReplay: FUZZ_SEED=${SEED} FUZZ_PATH=<path above> ` +
        `vitest run --project surface tests/integration/fuzz-surface.test.ts -t "${entry.name}"`,
      { cause: error },
    );
  } finally {
    sizes.set(entry.name, tally.cases - casesBefore);
  }
}

const ENTRIES = SURFACE.filter((entry) => entry.kind === "action" || !entry.notFuzzed);
const started = performance.now();

describe("fuzzing", () => {
  process.on("unhandledRejection", onUnhandled);
  console.info(
    `fuzz: seed ${SEED}, ${RUNS_PER_ENTRY} cases for each of ${ENTRIES.length} routes and ` +
      `actions${REPLAY_PATH ? `, replaying path ${REPLAY_PATH}` : ""}`,
  );

  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `fuzz: seed ${SEED}: ${tally.cases} cases (shrinking included) over ${sizes.size} routes ` +
        `and actions, ${RUNS_PER_ENTRY} each (${tally.refused} refused, ${tally.succeeded} ` +
        `permitted, ${tally.handedOver} passed on to next-auth) in ${seconds} s`,
    );
    if (replayFile) await rm(path.dirname(await replayFile), { recursive: true, force: true });
    await emptyAllTables();
  });

  for (const entry of ENTRIES) {
    it(`fuzzed input never breaks ${entry.name}`, async () => {
      await fuzz(entry);
      expect(sizes.get(entry.name)).toBeGreaterThanOrEqual(RUNS_PER_ENTRY);
    }, 300_000);
  }
});
