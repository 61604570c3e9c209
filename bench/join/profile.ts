// join profile — one listener's click → first audio, with Chromium's CPU profiler running, to find
// where the time between "token answered" and "signal socket opened" goes. Not part of the table:
// run it by hand against a running app (the same variables as `npm run bench` sets):
//   APP_URL=… DATABASE_URL=… LIVEKIT_URL=… npx tsx --conditions=react-server bench/join/profile.ts
// Prints, for the window between two marks, the main thread's busy time by function and by script,
// and the scripts the page fetched during it. Writes the raw profile next to the run's logs.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchDb, createHostedRoom, createMembers } from "../lib/app-data";
import { waitUntil } from "../lib/app-client";
import { browserCookie, launchChromium } from "../lib/browser";
import { bundleForBrowser } from "../lib/browser-bundle";
import { benchEnv } from "../lib/env";
import { isPublishing } from "../lib/livekit-admin";
import type { JoinMarks } from "./phases";
import { openIdleHallway } from "../lib/room-pages";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
};
type Profile = {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

const FROM = (process.env.PROFILE_FROM ?? "tokenEnd") as keyof JoinMarks;
const TO = (process.env.PROFILE_TO ?? "signalStart") as keyof JoinMarks;
const SLICE_MS = 50;
const INSTRUMENT = bundleForBrowser(path.resolve(import.meta.dirname, "instrument.ts"));

const db = benchDb();
const { host, room } = await createHostedRoom(db, "Join profile");
const [listener] = await createMembers(db, 1, "joinprofile");
await db.$disconnect();
if (!listener) throw new Error("no listener created");

const browser = await launchChromium();
try {
  const hostContext = await browser.newContext({ baseURL: benchEnv.appUrl() });
  await hostContext.addCookies([browserCookie(host.cookie, benchEnv.appUrl())]);
  const hostPage = await hostContext.newPage();
  await hostPage.goto(`/rooms/${room.id}`);
  // A room starts with its host muted.
  await hostPage
    .getByRole("button", { name: "Unmute microphone", exact: true })
    .click({ timeout: 30_000 });
  await waitUntil("the host to publish audio", () => isPublishing(room.id, host.id), 30_000);

  const context = await browser.newContext({ baseURL: benchEnv.appUrl() });
  await context.addCookies([browserCookie(listener.cookie, benchEnv.appUrl())]);
  await context.addInitScript({ content: INSTRUMENT });
  const page = await context.newPage();
  await openIdleHallway(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  // The profile's clock is not the page's: anchor both at the moment the profiler started.
  const startedAtEpochMs = await page.evaluate(() => performance.timeOrigin + performance.now());
  await page.locator(`a[href="/rooms/${room.id}"]`).click();
  await page.waitForFunction(
    (to) => to in ((window as unknown as { hearthBenchMarks: JoinMarks }).hearthBenchMarks ?? {}),
    TO,
    { timeout: 30_000, polling: 50 },
  );
  const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
  const marks = await page.evaluate(
    () => (window as unknown as { hearthBenchMarks: JoinMarks }).hearthBenchMarks,
  );
  const resources = await page.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((entry) => ({
      name: entry.name,
      start: performance.timeOrigin + entry.startTime,
      end: performance.timeOrigin + entry.responseEnd,
      bytes: entry.encodedBodySize,
    })),
  );

  const file = path.join(tmpdir(), `hearth-join-${Date.now()}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const click = marks.click ?? 0;
  console.log("marks (ms after click):");
  for (const [name, at] of Object.entries(marks))
    console.log(`  ${name}: ${Math.round(at - click)}`);

  const from = marks[FROM];
  const to = marks[TO];
  if (from === undefined || to === undefined) throw new Error(`marks ${FROM}/${TO} missing`);
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  // Busy time per slice of the window: a thread busy end to end is one the connection waits on.
  const slices = new Map<number, { busy: number; top: Map<string, number> }>();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  let at = startedAtEpochMs;
  let busy = 0;
  for (const [index, nodeId] of profile.samples.entries()) {
    const deltaMs = (profile.timeDeltas[index] ?? 0) / 1000;
    at += deltaMs;
    if (at < from || at > to) continue;
    const frame = nodes.get(nodeId)?.callFrame;
    if (!frame) continue;
    const name = frame.functionName || "(anonymous)";
    if (name === "(idle)" || name === "(program)") {
      byFunction.set(name, (byFunction.get(name) ?? 0) + deltaMs);
      continue;
    }
    busy += deltaMs;
    const script = frame.url.replace(/^.*\/_next\//, "") || "(native)";
    const key = `${name} ${script}:${frame.lineNumber}`;
    const slice = Math.floor((at - from) / SLICE_MS);
    const entry = slices.get(slice) ?? { busy: 0, top: new Map<string, number>() };
    entry.busy += deltaMs;
    entry.top.set(key, (entry.top.get(key) ?? 0) + deltaMs);
    slices.set(slice, entry);
    byFunction.set(key, (byFunction.get(key) ?? 0) + deltaMs);
    byScript.set(script, (byScript.get(script) ?? 0) + deltaMs);
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
  console.log(
    `\n${FROM} → ${TO}: ${Math.round(to - from)} ms, main thread busy ${Math.round(busy)} ms`,
  );
  console.log("top self time by function:");
  for (const [key, ms] of top(byFunction, 25))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
  console.log(`main thread busy per ${SLICE_MS} ms (ms after ${FROM}; marks above):`);
  for (const [slice, entry] of [...slices.entries()].sort((a, b) => a[0] - b[0])) {
    const [name, ms] = top(entry.top, 1)[0] ?? ["", 0];
    console.log(
      `  ${String(slice * SLICE_MS).padStart(5)}  ${entry.busy.toFixed(0).padStart(3)} ms  (${ms.toFixed(0)} ms ${name})`,
    );
  }
  console.log("self time by script:");
  for (const [key, ms] of top(byScript, 10))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
  console.log("fetched during the window or before it ended (ms after click):");
  for (const resource of resources.filter((r) => r.end >= click && r.start <= to)) {
    console.log(
      `  ${Math.round(resource.start - click)}–${Math.round(resource.end - click)}  ${resource.bytes} B  ${resource.name.replace(benchEnv.appUrl(), "")}`,
    );
  }
  console.log(`\nprofile: ${file}`);
} finally {
  await browser.close();
}
