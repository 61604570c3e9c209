// latency — speaker's sound → listener's decoded audio through livekit-server, no devices: the
// speaker's fake microphone plays a beep file; beep onsets at the sender and in the listener's
// decoded track are taken on one AudioContext clock. 100 beeps: p50/p90/max.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { launchChromium } from "../lib/browser";
import { benchEnv } from "../lib/env";
import { startRun } from "../lib/results";
import { round, summarize } from "../lib/stats";
import { BEEP_PERIOD_SECONDS, BEEPS, LEAD_IN_SECONDS, writeBeepWav } from "./beep-wav";
import type { LatencyPageResult } from "./page";
import { pairOnsets } from "./pair-onsets";
import { startLatencyServer } from "./server";

const run = startRun();
const wav = path.join(benchEnv.runDir(), "beeps.wav");
writeBeepWav(wav);
const { url, server } = await startLatencyServer(`latency-${randomBytes(4).toString("hex")}`);
const browser = await launchChromium([`--use-file-for-fake-audio-capture=${wav}%noloop`]);
let page: LatencyPageResult;
try {
  const tab = await browser.newPage();
  await tab.goto(url);
  const playSeconds = LEAD_IN_SECONDS + BEEPS * BEEP_PERIOD_SECONDS + 3;
  await tab.waitForTimeout(playSeconds * 1000);
  page = await tab.evaluate(
    () => (window as unknown as { latencyResult: LatencyPageResult }).latencyResult,
  );
} finally {
  await browser.close();
  server.close();
}
if (page.error) throw new Error(`latency page: ${page.error}`);

const { latenciesMs, lost } = pairOnsets(page.onsets, page.sampleRate, BEEP_PERIOD_SECONDS);
const samples = latenciesMs.map((ms) => round(ms, 2));
const summary = summarize(samples);
run.finish({
  name: "latency",
  status: samples.length > 0 ? "ok" : "failed",
  note: `${BEEPS} beeps sent, ${samples.length} heard, ${lost} not matched; p90 ${summary.p90} ms`,
  rows: [
    {
      metric: `latency: speaker sound → listener decoded audio via SFU, ms (p90 ${summary.p90})`,
      samples: summary.samples,
      p50: summary.p50,
      p95: summary.p95,
      max: summary.max,
      budget: "p50 ≤ 80 ms",
      withinBudget: summary.samples > 0 && summary.p50 <= 80,
    },
  ],
  raw: { sampleRate: page.sampleRate, onsets: page.onsets, latenciesMs: samples, lost },
});
