// match — voice match: the second person taps "Find someone" → both hear each other (first audio
// level above zero on both pages). Each sample is a fresh pair (a pair is never matched twice in a
// day), both already opted in with one shared interest, the first already waiting. Stamps are
// epoch ms from pages of one browser, so one clock.
//
// The floor, interleaved in the same run: a bare livekit-client page with its token in hand
// connecting to a room where a bare speaker page already publishes, connect() → first audible
// audio (bench/join/floor-*.ts). A match does more (pair, create the room, two tokens, both
// connect and publish), so the ratio says how much the app adds over one bare connection.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { benchDb, createMembers, type BenchMember } from "../lib/app-data";
import { browserCookie, launchChromium } from "../lib/browser";
import { benchEnv } from "../lib/env";
import { firstLine } from "../lib/room-pages";
import { startRun } from "../lib/results";
import { round, summarize } from "../lib/stats";
import { speakingMicFlag } from "../../tests/fixtures/e2e-live";
import { startFloorServer } from "../join/floor-server";

const SAMPLES = 10;
const STEP_TIMEOUT_MS = 20_000;
const PEERS = "__benchPeers";

const run = startRun();
const db = benchDb();
const members = await createMembers(db, SAMPLES * 2, "matchbench");
await db.matchTicket.createMany({
  data: members.map((member) => ({
    userId: member.id,
    topics: ["GAMES"],
    adultConfirmedAt: new Date(),
  })),
});
await db.$disconnect();

// Remembers every RTCPeerConnection and stamps marks the floor page sets.
function instrument(context: BrowserContext) {
  return context.addInitScript((key) => {
    const Native = window.RTCPeerConnection;
    const created: RTCPeerConnection[] = [];
    Reflect.set(window, key, created);
    Reflect.set(window, "hearthBenchMark", (name: string) =>
      Reflect.set(window, `mark_${name}`, Date.now()),
    );
    window.RTCPeerConnection = class extends Native {
      constructor(configuration?: RTCConfiguration) {
        super(configuration);
        created.push(this);
      }
    };
  }, PEERS);
}

/** Epoch ms when this page first hears audio (inbound audio level above zero). */
function firstHeard(page: Page): Promise<number> {
  return page.evaluate(
    async ({ key, timeout }) => {
      const deadline = Date.now() + timeout;
      for (;;) {
        const connections: unknown = Reflect.get(window, key);
        let level = 0;
        for (const connection of Array.isArray(connections) ? connections : []) {
          if (!(connection instanceof RTCPeerConnection)) continue;
          (await connection.getStats()).forEach((stat: Record<string, unknown>) => {
            if (stat.type === "inbound-rtp" && stat.kind === "audio") {
              level = Math.max(level, typeof stat.audioLevel === "number" ? stat.audioLevel : 0);
            }
          });
        }
        if (level > 0) return Date.now();
        if (Date.now() > deadline) throw new Error("no audio heard");
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    { key: PEERS, timeout: STEP_TIMEOUT_MS },
  );
}

async function meetPage(browser: Browser, member: BenchMember): Promise<Page> {
  const context = await browser.newContext();
  await instrument(context);
  await context.addCookies([browserCookie(member.cookie, benchEnv.appUrl())]);
  const page = await context.newPage();
  await page.goto(`${benchEnv.appUrl()}/meet`);
  await page.getByRole("button", { name: "Find someone" }).waitFor();
  return page;
}

async function matchSample(browser: Browser, first: BenchMember, second: BenchMember) {
  const [firstPage, secondPage] = [await meetPage(browser, first), await meetPage(browser, second)];
  try {
    await firstPage.getByRole("button", { name: "Find someone" }).click();
    await firstPage.getByText(/Looking for someone/).waitFor();
    const heardFirst = firstHeard(firstPage);
    const heardSecond = firstHeard(secondPage);
    const tappedAt = await secondPage.evaluate(() => Date.now());
    await secondPage.getByRole("button", { name: "Find someone" }).click();
    const [a, b] = await Promise.all([heardFirst, heardSecond]);
    return Math.max(a, b) - tappedAt;
  } finally {
    await Promise.all([firstPage.context().close(), secondPage.context().close()]);
  }
}

async function floorSample(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  await instrument(context);
  const page = await context.newPage();
  try {
    const heard = page.goto(url).then(() => firstHeard(page));
    const at = await heard;
    const connectAt: unknown = await page.evaluate((): unknown =>
      Reflect.get(window, "mark_connect"),
    );
    if (typeof connectAt !== "number") throw new Error("floor page never connected");
    return at - connectAt;
  } finally {
    await context.close();
  }
}

// Both microphones talk all the time, as in the join benchmark: Chromium's default fake device
// beeps for 20 ms a second, which would make "first heard" wait for the next beep on either side.
const browser = await launchChromium([speakingMicFlag()]);
const floor = await startFloorServer();
const matchMs: number[] = [];
const floorMs: number[] = [];
const failures: string[] = [];
try {
  const speaker = await browser.newContext();
  await (await speaker.newPage()).goto(`${floor.url}?role=speaker`);
  for (let i = 0; i < SAMPLES; i++) {
    const [first, second] = [members[2 * i], members[2 * i + 1]];
    if (!first || !second) break;
    try {
      matchMs.push(round(await matchSample(browser, first, second)));
      floorMs.push(round(await floorSample(browser, floor.url)));
      console.error(
        `match: sample ${matchMs.length}: ${matchMs.at(-1)} ms, floor ${floorMs.at(-1)} ms`,
      );
    } catch (error) {
      failures.push(firstLine(error));
    }
  }
} finally {
  await browser.close();
  await floor.close();
}

const match = summarize(matchMs);
const bare = summarize(floorMs);
const ratio = bare.p50 > 0 ? round(match.p50 / bare.p50, 2) : Number.NaN;
run.finish({
  name: "match",
  status: matchMs.length > 0 ? "ok" : "failed",
  note:
    `p50 ${ratio}× the floor (bare connect → first audible audio, same run). ` +
    (failures.length > 0 ? `failures: ${[...new Set(failures)].join("; ")}` : ""),
  rows: [
    {
      metric: `match: second taps Find someone → both hear each other, ms (${failures.length} of ${SAMPLES} failed)`,
      samples: match.samples,
      p50: match.p50,
      p95: match.p95,
      max: match.max,
      budget: "p50 ≤ 1.5 s",
      withinBudget: failures.length === 0 && match.p50 <= 1_500,
    },
    {
      metric: "floor: bare livekit-client, connect() → first audible audio, ms",
      samples: bare.samples,
      p50: bare.p50,
      p95: bare.p95,
      max: bare.max,
      budget: "—",
      withinBudget: null,
    },
  ],
  raw: { matchMs, floorMs, failures, ratio },
});
