// join — a host speaks (fake microphone) in one Chromium context; 30 times, a fresh listener context
// opens the hallway and clicks the live room; measured from the click to the first inbound audio
// bytes (WebRTC stats), with each step in between.
import path from "node:path";
import type { Browser } from "@playwright/test";
import { benchDb, createHostedRoom, createMembers, type BenchMember } from "../lib/app-data";
import { waitUntil } from "../lib/app-client";
import { browserCookie, launchChromium } from "../lib/browser";
import { benchEnv } from "../lib/env";
import { isPublishing } from "../lib/livekit-admin";
import { startRun, type MetricRow } from "../lib/results";
import { round, summarize } from "../lib/stats";
import { bundleForBrowser } from "../lib/browser-bundle";
import { JOIN_PHASES, phaseDurations, type JoinMarks } from "./phases";

const LISTENERS = 30;
const INSTRUMENT = bundleForBrowser(path.resolve(import.meta.dirname, "instrument.ts"));
const JOIN_TIMEOUT_MS = 30_000;

const run = startRun();
const db = benchDb();
const { host, room } = await createHostedRoom(db, "Join benchmark");
const listeners = await createMembers(db, LISTENERS, "joinbench");
await db.$disconnect();

async function listen(browser: Browser, listener: BenchMember): Promise<JoinMarks> {
  const context = await browser.newContext({ baseURL: benchEnv.appUrl() });
  try {
    await context.addCookies([browserCookie(listener.cookie, benchEnv.appUrl())]);
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    await page.goto("/", { waitUntil: "networkidle" });
    await page.locator(`a[href="/rooms/${room.id}"]`).click();
    await page.waitForFunction(
      () =>
        "firstAudio" in
        ((window as unknown as { hearthBenchMarks: JoinMarks }).hearthBenchMarks ?? {}),
      undefined,
      { timeout: JOIN_TIMEOUT_MS, polling: 50 },
    );
    return await page.evaluate(
      () => (window as unknown as { hearthBenchMarks: JoinMarks }).hearthBenchMarks,
    );
  } finally {
    await context.close();
  }
}

const browser = await launchChromium();
const samples: { marks: JoinMarks; totalMs: number; phasesMs: Record<string, number | null> }[] =
  [];
const failures: string[] = [];
try {
  // The host opens the room like anyone else; as host the page publishes the (fake) microphone.
  const hostContext = await browser.newContext({ baseURL: benchEnv.appUrl() });
  await hostContext.addCookies([browserCookie(host.cookie, benchEnv.appUrl())]);
  const hostPage = await hostContext.newPage();
  await hostPage.goto(`/rooms/${room.id}`);
  await waitUntil("the host to publish audio", () => isPublishing(room.id, host.id), 30_000);

  for (const listener of listeners) {
    try {
      const marks = await listen(browser, listener);
      const totalMs = (marks.firstAudio ?? Number.NaN) - (marks.click ?? Number.NaN);
      samples.push({ marks, totalMs: round(totalMs), phasesMs: phaseDurations(marks) });
      console.error(`join: listener ${samples.length}: ${round(totalMs)} ms`);
    } catch (error) {
      failures.push(error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error));
    }
  }
} finally {
  await browser.close();
}

const total = summarize(samples.map((sample) => sample.totalMs));
const rows: MetricRow[] = [
  {
    metric: `join: click → first audio bytes, ms (${failures.length} of ${LISTENERS} failed)`,
    samples: total.samples,
    p50: total.p50,
    p95: total.p95,
    max: total.max,
    budget: "p50 ≤ 300 ms, p95 ≤ 600 ms",
    withinBudget: failures.length === 0 && total.p50 <= 300 && total.p95 <= 600,
  },
  ...JOIN_PHASES.map((phase): MetricRow => {
    const values = samples.flatMap((sample) => {
      const value = sample.phasesMs[phase.name];
      return value === null || value === undefined ? [] : [round(value)];
    });
    const summary = summarize(values);
    return {
      metric: `join · ${phase.name}, ms`,
      samples: summary.samples,
      p50: summary.p50,
      p95: summary.p95,
      max: summary.max,
      budget: "—",
      withinBudget: null,
    };
  }),
];

run.finish({
  name: "join",
  status: samples.length > 0 ? "ok" : "failed",
  note: failures.length > 0 ? `failures: ${[...new Set(failures)].join("; ")}` : "",
  rows,
  raw: { samples, failures },
});
