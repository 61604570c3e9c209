// lighthouse profile — the room page opened from its link, as the lighthouse benchmark opens it,
// with Chromium's CPU slowed 4× (Lighthouse's mobile preset) and its profiler running, to find
// where the room's long tasks come from. Not part of the table: run it by hand against a running
// app (the same variables as `npm run bench` sets):
//   APP_URL=… DATABASE_URL=… LIVEKIT_URL=… npx tsx --conditions=react-server bench/lighthouse/profile.ts
// Prints the page's long tasks and largest-contentful-paint candidates (page clock, ms), then the
// main thread's busy time by script. Writes the raw profile next to the system's temp files.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchDb, createHostedRoom, createMembers } from "../lib/app-data";
import { browserCookie, launchChromium } from "../lib/browser";
import { benchEnv } from "../lib/env";
import { joinAsSpeaker } from "../lib/rtc-host";

type ProfileNode = { id: number; callFrame: { functionName: string; url: string } };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Runs of samples with no idle between them (a task, near enough), longer than 50 ms, named. */
function busyStretches(profile: Profile, nodes: Map<number, ProfileNode>): string[] {
  const stretches: string[] = [];
  let clock = 0;
  let start = -1;
  let weights = new Map<string, number>();
  const close = (end: number) => {
    if (start >= 0 && end - start > 50) {
      const names = [...weights.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([key, ms]) => `${key} ${Math.round(ms)}`)
        .join(", ");
      stretches.push(`  ${Math.round(start)}+${Math.round(end - start)}: ${names}`);
    }
    start = -1;
    weights = new Map();
  };
  for (const [index, id] of profile.samples.entries()) {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    clock += ms;
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") {
      close(clock);
      continue;
    }
    if (start < 0) start = clock;
    const key = `${frame.functionName || "(anon)"}@${frame.url.replace(/^.*\//, "")}`;
    weights.set(key, (weights.get(key) ?? 0) + ms);
  }
  close(clock);
  return stretches;
}

const WATCH_MS = Number(process.env.PROFILE_WATCH_MS ?? 12_000);
// Lighthouse's mobile preset slows the CPU four times (its simulation starts from an unslowed run: 1).
const CPU_SLOWDOWN = Number(process.env.PROFILE_CPU_SLOWDOWN ?? 4);

// Before the page's own scripts: long tasks and LCP candidates, kept for the report.
const OBSERVE = `
  window.__observed = { longTasks: [], lcp: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__observed.longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
    }
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const element = entry.element;
      const label = element ? element.tagName + "." + String(element.className).slice(0, 40) : "?";
      window.__observed.lcp.push([Math.round(entry.startTime), entry.size, label]);
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
`;

const db = benchDb();
const { host, room } = await createHostedRoom(db, "Lighthouse profile");
const [member] = await createMembers(db, 1, "lhprofile");
await db.$disconnect();
if (!member) throw new Error("no member created");
const speaker = await joinAsSpeaker(room.id, host.cookie);

const browser = await launchChromium();
try {
  const context = await browser.newContext({
    baseURL: benchEnv.appUrl(),
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
  });
  await context.addCookies([browserCookie(member.cookie, benchEnv.appUrl())]);
  await context.addInitScript({ content: OBSERVE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await page.goto(`/rooms/${room.id}`);
  await page.waitForTimeout(WATCH_MS);
  const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
  const observed = await page.evaluate(
    () =>
      Reflect.get(window, "__observed") as {
        longTasks: [number, number][];
        lcp: [number, number, string][];
      },
  );
  const blocking = observed.longTasks.reduce((sum, [, duration]) => sum + duration - 50, 0);
  console.log(
    `long tasks (start, ms): ${observed.longTasks.map(([s, d]) => `${s}+${d}`).join(" ")}`,
  );
  console.log(`blocking time over 50 ms, whole watch: ${blocking} ms`);
  console.log(
    `LCP candidates: ${observed.lcp.map(([s, size, el]) => `${s} ${size} ${el}`).join(" | ")}`,
  );

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [index, id] of profile.samples.entries()) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)" || frame.functionName === "(program)") continue;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const script = frame.url.replace(/^.*\//, "") || `(${frame.functionName})`;
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const name = `${frame.functionName || "(anonymous)"} — ${script}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, ms]) => `  ${Math.round(ms).toString().padStart(6)} ms  ${key}`)
      .join("\n");
  console.log(`self time by script:\n${top(byScript, 12)}`);
  console.log(`self time by function:\n${top(byFunction, 25)}`);
  console.log(`busy stretches over 50 ms (profile clock, ms), top scripts and functions in each:`);
  for (const stretch of busyStretches(profile, nodes)) console.log(stretch);
  const file = path.join(tmpdir(), `lighthouse-room-${Date.now()}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  console.log(`profile: ${file}`);
} finally {
  await browser.close();
  await speaker.stop();
}
process.exit(0);
