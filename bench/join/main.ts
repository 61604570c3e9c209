// join — a host speaks (a speech-like fake microphone) in one Chromium context; 30 times, a fresh
// listener context opens the hallway and clicks the live room, measured from the click to the first
// inbound audio bytes and to the first audible audio (WebRTC stats), with each step in between.
// Interleaved with it, the floor: a bare livekit-client page with its token in hand, connecting on
// load to the same livekit-server (a speaker page publishes the same fake microphone), measured
// from connect() to the same two marks. The ratio of the two is the budget that travels.
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { benchDb, createHostedRoom, createMembers, type BenchMember } from "../lib/app-data";
import { waitUntil } from "../lib/app-client";
import { browserCookie, launchChromium } from "../lib/browser";
import { speakingMicFlag } from "../../tests/fixtures/e2e-live";
import { bundleForBrowser } from "../lib/browser-bundle";
import { benchEnv } from "../lib/env";
import { isPublishing } from "../lib/livekit-admin";
import { startRun, summaryRow, type MetricRow } from "../lib/results";
import { round, summarize } from "../lib/stats";
import { startFloorServer } from "./floor-server";
import { JOIN_PHASES, phaseDurations, type JoinMarks } from "./phases";
import { openIdleHallway } from "../lib/room-pages";

const LISTENERS = 30;
const INSTRUMENT = bundleForBrowser(path.resolve(import.meta.dirname, "instrument.ts"));
const JOIN_TIMEOUT_MS = 30_000;
const AUDIBLE_TIMEOUT_MS = 5_000;

type BenchWindow = { hearthBenchMarks?: JoinMarks; floorError?: string };

const run = startRun();
const db = benchDb();
const { host, room } = await createHostedRoom(db, "Join benchmark");
const listeners = await createMembers(db, LISTENERS, "joinbench");
await db.$disconnect();
const floor = await startFloorServer();

async function hearthJoin(browser: Browser, listener: BenchMember): Promise<JoinMarks> {
  const context = await browser.newContext({ baseURL: benchEnv.appUrl() });
  try {
    await context.addCookies([browserCookie(listener.cookie, benchEnv.appUrl())]);
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    await openIdleHallway(page);
    await page.locator(`a[href="/rooms/${room.id}"]`).first().click();
    return await waitForMarks(page);
  } finally {
    await context.close();
  }
}

async function floorJoin(browser: Browser): Promise<JoinMarks> {
  const context = await browser.newContext();
  try {
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    await page.goto(floor.url);
    return await waitForMarks(page);
  } finally {
    await context.close();
  }
}

/** Waits for first audio bytes, then (briefly) for first audible audio, and returns the marks. */
async function waitForMarks(page: Page): Promise<JoinMarks> {
  await page.waitForFunction(
    () => "firstAudio" in ((window as BenchWindow).hearthBenchMarks ?? {}),
    undefined,
    { timeout: JOIN_TIMEOUT_MS, polling: 50 },
  );
  await page
    .waitForFunction(
      () => "firstAudible" in ((window as BenchWindow).hearthBenchMarks ?? {}),
      undefined,
      { timeout: AUDIBLE_TIMEOUT_MS, polling: 50 },
    )
    .catch(() => undefined);
  return page.evaluate(() => (window as BenchWindow).hearthBenchMarks ?? {});
}

type Sample = { marks: JoinMarks; bytesMs: number; audibleMs: number | null };

function sampleOf(marks: JoinMarks, start: "click" | "connect"): Sample {
  const from = marks[start] ?? Number.NaN;
  const audible = marks.firstAudible;
  return {
    marks,
    bytesMs: round((marks.firstAudio ?? Number.NaN) - from),
    audibleMs: audible === undefined ? null : round(audible - from),
  };
}

// The host's microphone talks all the time, so "first audible" never waits for a beep.
const browser = await launchChromium([speakingMicFlag()]);
const hearth: Sample[] = [];
const bare: Sample[] = [];
const failures: string[] = [];
try {
  // The host opens the room like anyone else and unmutes (a room starts with its host muted).
  const hostContext = await browser.newContext({ baseURL: benchEnv.appUrl() });
  await hostContext.addCookies([browserCookie(host.cookie, benchEnv.appUrl())]);
  const hostPage = await hostContext.newPage();
  await hostPage.goto(`/rooms/${room.id}`);
  await hostPage
    .getByRole("button", { name: "Unmute microphone", exact: true })
    .click({ timeout: 30_000 });
  await waitUntil("the host to publish audio", () => isPublishing(room.id, host.id), 30_000);
  const floorSpeaker = await browser.newContext();
  await (await floorSpeaker.newPage()).goto(`${floor.url}?role=speaker`);
  await waitUntil(
    "the floor speaker to publish audio",
    () => isPublishing(floor.roomName, "floor-speaker"),
    30_000,
  );

  // Interleaved, so whatever else the machine does weighs on both alike.
  for (const listener of listeners) {
    try {
      const sample = sampleOf(await hearthJoin(browser, listener), "click");
      hearth.push(sample);
      const floorSample = sampleOf(await floorJoin(browser), "connect");
      bare.push(floorSample);
      console.error(
        `join: ${hearth.length}: hearth ${sample.bytesMs} ms (audible ${sample.audibleMs}), ` +
          `floor ${floorSample.bytesMs} ms (audible ${floorSample.audibleMs})`,
      );
    } catch (error) {
      failures.push(error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error));
    }
  }
} finally {
  await browser.close();
  await floor.close();
}

const hearthBytes = summarize(hearth.map((sample) => sample.bytesMs));
const hearthAudible = summarize(hearth.flatMap((sample) => sample.audibleMs ?? []));
const floorBytes = summarize(bare.map((sample) => sample.bytesMs));
const floorAudible = summarize(bare.flatMap((sample) => sample.audibleMs ?? []));
const ratio = round(hearthBytes.p50 / floorBytes.p50, 2);
const ratioP95 = round(hearthBytes.p95 / floorBytes.p95, 2);
const failed = `${failures.length} of ${LISTENERS} failed`;

const row = summaryRow;

const rows: MetricRow[] = [
  row(
    `join: click → first audio bytes, ms (${failed})`,
    hearthBytes,
    "p50 ≤ 250 ms, p95 ≤ 450 ms",
    failures.length === 0 && hearthBytes.p50 <= 250 && hearthBytes.p95 <= 450,
  ),
  row("join: click → first audible audio, ms", hearthAudible),
  row("floor: bare livekit-client, connect() → first audio bytes, ms", floorBytes),
  row("floor: bare livekit-client, connect() → first audible audio, ms", floorAudible),
  {
    metric: "join ÷ floor, first audio bytes (p50 column: p50 ratio; p95 column: p95 ratio)",
    samples: Math.min(hearthBytes.samples, floorBytes.samples),
    p50: ratio,
    p95: ratioP95,
    max: Number.NaN,
    budget: "≤ 1.3×",
    withinBudget: ratio <= 1.3,
  },
  ...JOIN_PHASES.map((phase): MetricRow => {
    const values = hearth.flatMap((sample) => {
      const value = phaseDurations(sample.marks)[phase.name];
      return value === null || value === undefined ? [] : [round(value)];
    });
    return row(`join · ${phase.name}, ms`, summarize(values));
  }),
];

run.finish({
  name: "join",
  status: hearth.length > 0 && bare.length > 0 ? "ok" : "failed",
  note: failures.length > 0 ? `failures: ${[...new Set(failures)].join("; ")}` : "",
  rows,
  raw: { hearth, floor: bare, failures },
});
