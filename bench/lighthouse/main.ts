// lighthouse — Lighthouse's mobile preset (emulated phone, simulated slow 4G and 4× CPU slowdown)
// on the production build, run in Debian's Chromium: performance, accessibility and best practices
// of the home page (signed out), the hallway and a live room (signed in, a speaker on stage). Each
// page runs RUNS times and reports the median. The floor, in the same run and the same Chromium: a
// bare livekit-client page that connects to the same livekit-server (bench/join's floor page), so
// the room's score reads against what LiveKit's client alone costs under the same throttling.
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { browserCookie } from "../lib/browser";
import { benchDb, createHostedRoom, createMembers } from "../lib/app-data";
import { benchEnv } from "../lib/env";
import { startRun, summaryRow, type MetricRow } from "../lib/results";
import { joinAsSpeaker } from "../lib/rtc-host";
import { round, summarize } from "../lib/stats";
import { startFloorServer } from "../join/floor-server";

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
// Lighthouse's own metrics behind the performance score, in its units (ms, or unitless for CLS).
const AUDITS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
  "speed-index",
] as const;

type Category = (typeof CATEGORIES)[number];
type Audit = (typeof AUDITS)[number];
type Sample = { scores: Record<Category, number>; audits: Record<Audit, number> };
type Target = { name: string; url: string; cookie: string | null };

const run = startRun();
const db = benchDb();
const { host, room } = await createHostedRoom(db, "Lighthouse benchmark");
const [member] = await createMembers(db, 1, "lighthouse");
await db.$disconnect();
if (!member) throw new Error("no bench member was created");
// A speaker on stage through the app, as a room usually has; no browser needed for them.
const speaker = await joinAsSpeaker(room.id, host.cookie);
const floor = await startFloorServer();
const floorPage = await startPaintedFloor(floor.url);

const appUrl = benchEnv.appUrl();
const targets: Target[] = [
  { name: "home (signed out)", url: `${appUrl}/`, cookie: null },
  { name: "hallway", url: `${appUrl}/`, cookie: member.cookie },
  { name: "room", url: `${appUrl}/rooms/${room.id}`, cookie: member.cookie },
  { name: "floor: bare livekit-client page", url: floorPage.url, cookie: null },
];

// Debian's Chromium (scripts/lib/common.sh installs it); Lighthouse never downloads a browser.
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
});

// Chromium drops a Cookie given as an extra header (Lighthouse's extraHeaders), so the session goes
// into the browser's cookie jar over CDP before each run; Lighthouse's storage reset keeps cookies.
const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
const jar = defaultContext(cdp.contexts());

async function measure(target: Target): Promise<Sample> {
  // A clean jar each run: the room page's own live-room cookie would change how the next run joins.
  await jar.clearCookies();
  if (target.cookie) await jar.addCookies([browserCookie(target.cookie, appUrl)]);
  const result = await lighthouse(target.url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${target.name}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${target.name}: ${lhr.runtimeError.message}`);
  const score = (category: Category) =>
    round((lhr.categories[category]?.score ?? Number.NaN) * 100, 0);
  const audit = (id: Audit) => lhr.audits[id]?.numericValue ?? Number.NaN;
  if (target.cookie && new URL(lhr.finalDisplayedUrl).pathname !== new URL(target.url).pathname) {
    throw new Error(`${target.name}: landed on ${lhr.finalDisplayedUrl}, not signed in?`);
  }
  // The full report of the room's last run, for finding what costs it (not committed).
  if (target.name === "room") {
    writeFileSync(path.join(benchEnv.runDir(), "lighthouse-room.json"), JSON.stringify(lhr));
  }
  return {
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
    },
    audits: Object.fromEntries(AUDITS.map((id) => [id, audit(id)])) as Record<Audit, number>,
  };
}

const samples = new Map<string, Sample[]>(targets.map((target) => [target.name, []]));
const failures: string[] = [];
try {
  // Interleaved, so whatever else the machine does weighs on every page alike.
  for (let round = 0; round < RUNS; round++) {
    for (const target of targets) {
      try {
        const sample = await measure(target);
        samples.get(target.name)?.push(sample);
        console.error(
          `lighthouse: ${round + 1}: ${target.name}: ${CATEGORIES.map((c) => `${c} ${sample.scores[c]}`).join(", ")}; ` +
            `TBT ${Math.round(sample.audits["total-blocking-time"])} ms, CLS ${sample.audits["cumulative-layout-shift"].toFixed(3)}`,
        );
      } catch (error) {
        failures.push(
          error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error),
        );
      }
    }
  }
} finally {
  await cdp.close();
  chrome.kill();
  await floorPage.close();
  await floor.close();
  await speaker.stop();
}

const UNITS: Record<Audit, string> = {
  "first-contentful-paint": "first contentful paint, ms",
  "largest-contentful-paint": "largest contentful paint, ms",
  "total-blocking-time": "total blocking time, ms",
  "cumulative-layout-shift": "cumulative layout shift",
  "speed-index": "speed index, ms",
};

function row(
  metric: string,
  values: number[],
  budget = "—",
  withinBudget: boolean | null = null,
): MetricRow {
  // p50 is the median run; p95 and max with three runs are the worst run.
  return summaryRow(metric, summarize(values), budget, withinBudget);
}

const rows: MetricRow[] = [];
for (const target of targets) {
  const runs = samples.get(target.name) ?? [];
  for (const category of CATEGORIES) {
    const values = runs.map((sample) => sample.scores[category]);
    const isGoal = target.name === "room" && category === "performance";
    const median = summarize(values).p50;
    rows.push(
      row(
        `lighthouse mobile: ${target.name} · ${category} score`,
        values,
        isGoal ? "goal ≥ 90" : "—",
        isGoal ? median >= 90 : null,
      ),
    );
  }
  if (target.name === "room" || target.name.startsWith("floor")) {
    for (const id of AUDITS) {
      const digits = id === "cumulative-layout-shift" ? 3 : 0;
      rows.push(
        row(
          `lighthouse mobile: ${target.name} · ${UNITS[id]}`,
          runs.map((s) => round(s.audits[id], digits)),
        ),
      );
    }
  }
}

// Issue 34: the room's total blocking time within twice the bare livekit-client page's, same run.
const MAX_TBT_OF_FLOOR = 2;
const tbtOf = (name: string) =>
  summarize((samples.get(name) ?? []).map((sample) => sample.audits["total-blocking-time"]));
const roomTbt = tbtOf("room");
const floorTbt = tbtOf("floor: bare livekit-client page");
const tbtRatio = round(roomTbt.p50 / floorTbt.p50, 2);
rows.push({
  metric: "lighthouse mobile: room ÷ floor, total blocking time (median runs)",
  samples: Math.min(roomTbt.samples, floorTbt.samples),
  p50: tbtRatio,
  p95: round(roomTbt.p95 / floorTbt.p95, 2),
  max: Number.NaN,
  budget: `≤ ${MAX_TBT_OF_FLOOR}×`,
  withinBudget: tbtRatio <= MAX_TBT_OF_FLOOR,
});

run.finish({
  name: "lighthouse",
  status: failures.length === 0 ? "ok" : (samples.get("room")?.length ?? 0) > 0 ? "ok" : "failed",
  note: failures.length > 0 ? `failures: ${[...new Set(failures)].join("; ")}` : "",
  rows,
  raw: Object.fromEntries(samples),
});
// @livekit/rtc-node keeps native handles open after the speaker leaves (as in bench/token).
process.exit(0);

/**
 * The floor page with something to paint (Lighthouse needs a first contentful paint): a heading,
 * then bench/join's bare livekit-client script, whose script and token this server passes through.
 */
async function startPaintedFloor(floorUrl: string) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/") {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(
        '<!doctype html><html lang="en"><meta charset="utf-8">' +
          '<meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title>' +
          '<main><h1>Floor</h1><p>A bare livekit-client page.</p></main><script src="/page.js"></script>',
      );
      return;
    }
    void fetch(new URL(`${url.pathname}${url.search}`, floorUrl)).then(async (answer) => {
      response.writeHead(answer.status, {
        "content-type": answer.headers.get("content-type") ?? "text/plain",
      });
      response.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("painted floor has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function defaultContext<T>(contexts: T[]): T {
  const [first] = contexts;
  if (!first) throw new Error("Chromium has no default context");
  return first;
}
