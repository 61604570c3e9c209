// stage — the moderator invites a listener, who clicks "Join the stage" → their page says they are
// on stage and unmutes at once → another listener receives the new speaker's first audio bytes.
// The clock starts at the listener's click: the wait before it is a person deciding.
// One room: a muted host, one listener who measures, and a fresh member per sample who raises a
// hand, is invited, speaks, then goes back to the audience (POST …/stage/audience) and leaves.
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { benchDb, createHostedRoom, createMembers, type BenchMember } from "../lib/app-data";
import { launchChromium } from "../lib/browser";
import { speakingMicFlag } from "../../tests/fixtures/e2e-live";
import { bundleForBrowser } from "../lib/browser-bundle";
import { benchEnv } from "../lib/env";
import { firstLine, openRoomPage } from "../lib/room-pages";
import { startRun, type MetricRow } from "../lib/results";
import { round, summarize } from "../lib/stats";
import { JOIN_STAGE, type StageMarks, type StageWindow } from "./probe";

const SAMPLES = 20;
const STEP_TIMEOUT_MS = 20_000;
const INSTRUMENT = bundleForBrowser(path.resolve(import.meta.dirname, "instrument.ts"));

const run = startRun();
const db = benchDb();
const { host, room } = await createHostedRoom(db, "Stage benchmark");
const [listener] = await createMembers(db, 1, "stagelistener");
const speakers = await createMembers(db, SAMPLES, "stagebench");
await db.$disconnect();
if (!listener) throw new Error("no listener was created");

const marksOf = (page: Page) =>
  page.evaluate(() => (window as unknown as StageWindow).hearthStage.marks);

/** Moves the sample's speaker back to the audience, as a moderator would, before they leave. */
async function toAudience(speaker: BenchMember): Promise<void> {
  const response = await fetch(`${benchEnv.appUrl()}/api/rooms/${room.id}/stage/audience`, {
    method: "POST",
    headers: { cookie: host.cookie, "content-type": "application/json", origin: benchEnv.appUrl() },
    body: JSON.stringify({ userId: speaker.id }),
  });
  if (!response.ok) throw new Error(`stage/audience: HTTP ${response.status}`);
}

async function oneSample(
  browser: Browser,
  hostPage: Page,
  listenerPage: Page,
  speaker: BenchMember,
): Promise<StageMarks> {
  const page = await openRoomPage(browser, speaker, room.id, INSTRUMENT, "Raise hand");
  try {
    await page.getByRole("button", { name: "Raise hand", exact: true }).click();
    // The tile's label names the person and their handle: "Invite Ada Lovelace (@ada) to speak".
    const invite = hostPage.getByRole("button", {
      name: new RegExp(`^Invite ${speaker.displayName} \\(@${speaker.username}\\) to speak$`),
    });
    await invite.waitFor({ timeout: STEP_TIMEOUT_MS });
    await invite.click();
    const accept = page.getByRole("button", { name: JOIN_STAGE, exact: true });
    await accept.waitFor({ timeout: STEP_TIMEOUT_MS });
    await listenerPage.evaluate(() => (window as unknown as StageWindow).hearthStage.armListener());
    await page.evaluate(() => (window as unknown as StageWindow).hearthStage.armSpeaker());
    await accept.click();
    await listenerPage.waitForFunction(
      () => (window as unknown as StageWindow).hearthStage.marks.firstAudio !== undefined,
      undefined,
      { timeout: STEP_TIMEOUT_MS, polling: 20 },
    );
    return {
      ...(await marksOf(page)),
      firstAudio: (await marksOf(listenerPage)).firstAudio,
    };
  } finally {
    await toAudience(speaker).catch(() => undefined);
    await page.context().close();
  }
}

const PHASES = [
  {
    name: "Join the stage click → on stage shown (app, LiveKit permissions and attributes)",
    from: "accept",
    to: "onStage",
  },
  {
    name: "unmute click → first audio bytes at another listener (mic, publish, SFU, subscribe)",
    from: "unmute",
    to: "firstAudio",
  },
] as const;

// The new speaker's page publishes a talking fake microphone (the default one beeps once a second).
const browser = await launchChromium([speakingMicFlag()]);
const samples: { marks: StageMarks; totalMs: number }[] = [];
const failures: string[] = [];
try {
  // The host starts muted, so the only new audio the listener can get is the new speaker's.
  const hostPage = await openRoomPage(browser, host, room.id, INSTRUMENT, "Unmute microphone");
  const listenerPage = await openRoomPage(browser, listener, room.id, INSTRUMENT, "Raise hand");
  for (const speaker of speakers) {
    try {
      const marks = await oneSample(browser, hostPage, listenerPage, speaker);
      const totalMs = round((marks.firstAudio ?? Number.NaN) - (marks.accept ?? Number.NaN));
      samples.push({ marks, totalMs });
      console.error(`stage: sample ${samples.length}: ${totalMs} ms`);
    } catch (error) {
      failures.push(firstLine(error));
    }
  }
} finally {
  await browser.close();
}

function row(metric: string, values: number[], budget: string, within: boolean | null): MetricRow {
  const { samples: count, p50, p95, max } = summarize(values);
  return { metric, samples: count, p50, p95, max, budget, withinBudget: within };
}

const total = samples.map((sample) => sample.totalMs);
const rows: MetricRow[] = [
  row(
    `stage: click Join the stage → another listener's first audio bytes, ms (${failures.length} of ${SAMPLES} failed)`,
    total,
    "p50 ≤ 500 ms",
    failures.length === 0 && summarize(total).p50 <= 500,
  ),
  ...PHASES.map((phase) =>
    row(
      `stage · ${phase.name}, ms`,
      samples.flatMap(({ marks }) => {
        const from = marks[phase.from];
        const to = marks[phase.to];
        return from === undefined || to === undefined ? [] : [round(to - from)];
      }),
      "—",
      null,
    ),
  ),
];

run.finish({
  name: "stage",
  status: samples.length > 0 ? "ok" : "failed",
  note: failures.length > 0 ? `failures: ${[...new Set(failures)].join("; ")}` : "",
  rows,
  raw: { samples, failures },
});
