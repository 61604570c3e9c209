// join — a host speaks (a speech-like fake microphone) in one Chromium context; 30 times, a fresh
// listener context opens the hallway and clicks the live room, measured from the click to the first
// inbound audio bytes and to the first audible audio (WebRTC stats), with each step in between.
// Interleaved with it, on the same livekit-server and measured from the click to the same marks:
// LiveKit Meet (bench/join/meet.ts), a fresh context on its pre-join page clicking Join, in a room
// where a bare page speaks; and the floor, a bare livekit-client page with its token in hand that
// calls connect() when its Join button is clicked. Hearth ÷ Meet and Hearth ÷ floor are the budgets.
// A fourth reference, the same floor listening to the stage only as Hearth does (nothing subscribed
// by LiveKit, the speaker's track asked for on the join response), shows what that rule costs.
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
import { firstLine, openIdleHallway } from "../lib/room-pages";
import { round, summarize, type Summary } from "../lib/stats";
import { startFloorServer } from "./floor-server";
import { ensureMeetBuilt, findMeet, MEET_COMMIT, startMeet, type MeetServer } from "./meet";
import { JOIN_PHASES, phaseDurations, type JoinMarks } from "./phases";

// BENCH_JOIN_SAMPLES makes a short trial run; the recorded figures are 30 of each.
const LISTENERS = Number(process.env.BENCH_JOIN_SAMPLES ?? 30);
const INSTRUMENT = bundleForBrowser(path.resolve(import.meta.dirname, "instrument.ts"));
const JOIN_TIMEOUT_MS = 30_000;
const AUDIBLE_TIMEOUT_MS = 5_000;
// Hearth's budgets against the two references (issue 34), on p50 and on p95 alike.
const MAX_OF_MEET = 0.8;
const MAX_OF_FLOOR = 1.3;
const MEET_ROOM = "bench-meet-room";

type BenchWindow = { hearthBenchMarks?: JoinMarks };

const run = startRun();
const db = benchDb();
const { host, room } = await createHostedRoom(db, "Join benchmark");
const listeners = await createMembers(db, LISTENERS, "joinbench");
await db.$disconnect();

// LiveKit Meet, when a checkout of it is on this machine; otherwise its rows say why not.
const meetLookup = findMeet();
let meet: MeetServer | null = null;
let meetNotRunnable = "notRunnable" in meetLookup ? meetLookup.notRunnable : "";
if ("dir" in meetLookup) {
  try {
    ensureMeetBuilt(meetLookup.dir);
    meet = await startMeet(meetLookup.dir);
  } catch (error) {
    meetNotRunnable = `LiveKit Meet in ${meetLookup.dir} did not start: ${firstLine(error)}`;
  }
}
if (meetNotRunnable) console.error(`join: LiveKit Meet not runnable — ${meetNotRunnable}`);
const floor = await startFloorServer(meet ? [MEET_ROOM] : []);

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

/**
 * Meet's pre-join page as a returning visitor sees it: their name remembered and the camera off
 * (Meet keeps both in localStorage), as a listener comes to an audio room; the microphone is on,
 * Meet's default. The page loaded and idle, then Join.
 */
async function meetJoin(browser: Browser, server: MeetServer, index: number): Promise<JoinMarks> {
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const choices = { videoEnabled: false, audioEnabled: true, username: `listener-${index}` };
    await context.addInitScript(
      ({ origin, value }) => {
        if (location.origin === origin) localStorage.setItem("lk-user-choices", value);
      },
      { origin: server.url, value: JSON.stringify(choices) },
    );
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    await page.goto(`/rooms/${MEET_ROOM}`, { waitUntil: "networkidle" });
    await page.locator("button.lk-join-button:enabled").click();
    return await waitForMarks(page);
  } finally {
    await context.close();
  }
}

/**
 * The bare page loaded with its token in hand (its Join button shows then), connect() on a click;
 * `stageOnly`: subscribed as Hearth's room page subscribes.
 */
async function floorJoin(browser: Browser, stageOnly = false): Promise<JoinMarks> {
  const context = await browser.newContext();
  try {
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    const query = stageOnly ? "?join=click&subscribe=stage" : "?join=click";
    await page.goto(`${floor.url}${query}`, { waitUntil: "networkidle" });
    await page.locator("button[data-bench-join]").click();
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

/** Every join is measured from its click. */
function sampleOf(marks: JoinMarks): Sample {
  const from = marks.click ?? Number.NaN;
  const audible = marks.firstAudible;
  return {
    marks,
    bytesMs: round((marks.firstAudio ?? Number.NaN) - from),
    audibleMs: audible === undefined ? null : round(audible - from),
  };
}

type Series = { name: string; samples: Sample[]; failures: string[] };
const hearth: Series = { name: "Hearth", samples: [], failures: [] };
const meetSeries: Series = { name: "Meet", samples: [], failures: [] };
const floorSeries: Series = { name: "floor", samples: [], failures: [] };
const stageFloorSeries: Series = { name: "stage-only floor", samples: [], failures: [] };

async function measure(series: Series, join: () => Promise<JoinMarks>): Promise<string> {
  try {
    const sample = sampleOf(await join());
    series.samples.push(sample);
    return `${series.name} ${sample.bytesMs} ms (audible ${sample.audibleMs})`;
  } catch (error) {
    series.failures.push(firstLine(error));
    return `${series.name} failed`;
  }
}

async function speakerIn(browser: Browser, roomName: string, query: string): Promise<void> {
  const context = await browser.newContext();
  await (await context.newPage()).goto(`${floor.url}?role=speaker${query}`);
  await waitUntil(
    `the speaker in ${roomName} to publish audio`,
    () => isPublishing(roomName, "floor-speaker"),
    30_000,
  );
}

// The host's microphone talks all the time, so "first audible" never waits for a beep.
const browser = await launchChromium([speakingMicFlag()]);
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
  await speakerIn(browser, floor.roomName, "");
  if (meet) await speakerIn(browser, MEET_ROOM, `&room=${MEET_ROOM}`);

  // Interleaved, so whatever else the machine does weighs on all of them alike.
  for (const [index, listener] of listeners.entries()) {
    const line = [await measure(hearth, () => hearthJoin(browser, listener))];
    const server = meet;
    if (server) line.push(await measure(meetSeries, () => meetJoin(browser, server, index)));
    line.push(await measure(floorSeries, () => floorJoin(browser)));
    line.push(await measure(stageFloorSeries, () => floorJoin(browser, true)));
    console.error(`join: ${index + 1}: ${line.join(", ")}`);
  }
} finally {
  await browser.close();
  await floor.close();
  await meet?.close();
}

const bytesOf = (series: Series) => summarize(series.samples.map((sample) => sample.bytesMs));
const audibleOf = (series: Series) =>
  summarize(series.samples.flatMap((sample) => sample.audibleMs ?? []));
const failed = (series: Series) => `${series.failures.length} of ${LISTENERS} failed`;

/**
 * One series ÷ another (Hearth ÷ a reference, or one reference ÷ another): the p50 column holds
 * the p50 ratio, the p95 column the p95 ratio. Without a limit the row is for reading, not a budget.
 */
function ratioRow(metric: string, ours: Summary, theirs: Summary, limit?: number): MetricRow {
  const p50 = round(ours.p50 / theirs.p50, 2);
  const p95 = round(ours.p95 / theirs.p95, 2);
  return {
    metric: `${metric} (p50 column: p50 ratio; p95 column: p95 ratio)`,
    samples: Math.min(ours.samples, theirs.samples),
    p50,
    p95,
    max: Number.NaN,
    budget: limit === undefined ? "—" : `p50 and p95 ≤ ${limit}×`,
    withinBudget: limit === undefined ? null : p50 <= limit && p95 <= limit,
  };
}

const row = summaryRow;
const hearthBytes = bytesOf(hearth);
const hearthAudible = audibleOf(hearth);
const floorBytes = bytesOf(floorSeries);
const floorAudible = audibleOf(floorSeries);
const stageFloorBytes = bytesOf(stageFloorSeries);
const meetBytes = bytesOf(meetSeries);
const meetAudible = audibleOf(meetSeries);
const meetRows: MetricRow[] = meet
  ? [
      row(`LiveKit Meet: Join → first audio bytes, ms (${failed(meetSeries)})`, meetBytes),
      row("LiveKit Meet: Join → first audible audio, ms", meetAudible),
    ]
  : [
      // Hearth and the floor still run: the table says why Meet has no figures this time.
      {
        metric: `LiveKit Meet: not runnable — ${meetNotRunnable}`,
        samples: 0,
        p50: Number.NaN,
        p95: Number.NaN,
        max: Number.NaN,
        budget: "—",
        withinBudget: null,
      },
    ];
const meetRatios: MetricRow[] = meet
  ? [
      ratioRow("Hearth ÷ Meet, first audio bytes", hearthBytes, meetBytes, MAX_OF_MEET),
      ratioRow("Hearth ÷ Meet, first audible audio", hearthAudible, meetAudible, MAX_OF_MEET),
    ]
  : [];

const rows: MetricRow[] = [
  row(`Hearth: hallway card click → first audio bytes, ms (${failed(hearth)})`, hearthBytes),
  row("Hearth: hallway card click → first audible audio, ms", hearthAudible),
  ...meetRows,
  row(
    `floor: bare page, token in hand, connect() on a click → first audio bytes, ms (${failed(floorSeries)})`,
    floorBytes,
  ),
  row("floor: bare page, connect() on a click → first audible audio, ms", floorAudible),
  row(
    `stage-only floor: the same page subscribed as Hearth's room page is → first audio bytes, ms (${failed(stageFloorSeries)})`,
    stageFloorBytes,
  ),
  ...meetRatios,
  ratioRow("Hearth ÷ floor, first audio bytes", hearthBytes, floorBytes, MAX_OF_FLOOR),
  ratioRow("Hearth ÷ floor, first audible audio", hearthAudible, floorAudible, MAX_OF_FLOOR),
  ratioRow("stage-only floor ÷ floor, first audio bytes", stageFloorBytes, floorBytes),
  ratioRow("Hearth ÷ stage-only floor, first audio bytes", hearthBytes, stageFloorBytes),
  ...JOIN_PHASES.map((phase): MetricRow => {
    const values = hearth.samples.flatMap((sample) => {
      const value = phaseDurations(sample.marks)[phase.name];
      return value === null || value === undefined ? [] : [round(value)];
    });
    return row(`Hearth join · ${phase.name}, ms`, summarize(values));
  }),
];

const failures = [
  ...hearth.failures,
  ...meetSeries.failures,
  ...floorSeries.failures,
  ...stageFloorSeries.failures,
];
const notes = [
  meet
    ? `LiveKit Meet ${MEET_COMMIT.slice(0, 10)} from ${meet.dir}`
    : `LiveKit Meet not runnable: ${meetNotRunnable}`,
  ...(failures.length > 0 ? [`failures: ${[...new Set(failures)].join("; ")}`] : []),
];
run.finish({
  name: "join",
  status: hearth.samples.length > 0 && floorSeries.samples.length > 0 ? "ok" : "failed",
  note: notes.join("; "),
  rows,
  raw: {
    hearth,
    meet: meetSeries,
    floor: floorSeries,
    stageOnlyFloor: stageFloorSeries,
    meetNotRunnable,
  },
});
