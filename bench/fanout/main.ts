// fanout — listeners per room on one livekit-server: one speaker (lk's audio publisher) and
// subscribe-only listeners from `lk load-test`, in steps of 50, until livekit-server uses more
// than 80% of the machine's CPU or a listener receives under 95% of the packets. Each step also
// lets 3 members join through the app (token from POST /token, @livekit/rtc-node) to check the
// app's path and presence counts at that size.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { availableParallelism } from "node:os";
import { benchDb, createHostedRoom, createMembers } from "../lib/app-data";
import { livekitAdmin } from "../lib/livekit-admin";
import { benchEnv } from "../lib/env";
import { recordNotRunnable } from "../lib/not-runnable";
import { watchProcess, type Usage } from "../lib/process-usage";
import { startRun, type MetricRow } from "../lib/results";
import { summarize } from "../lib/stats";
import { joinAppListeners, type AppListenerSample } from "./app-listeners";
import { ensureLk } from "./ensure-lk";
import { parseSubscriberSummaries, type SubscriberSummary } from "./lk-output";

const STEP = 50;
const MAX_LISTENERS = 1_500;
const JOIN_RATE_PER_SECOND = 50;
const HOLD_SECONDS = 15;
const CPU_LIMIT_PERCENT_OF_MACHINE = 80;
const MIN_RECEIVED_PERCENT = 95;
const APP_LISTENERS = 3;
// Testers lk cannot connect are a load-generator limit, not packets a listener missed: they are
// reported per step, and only end the run when lk itself falls over (over 10% of a step).
const MAX_CONNECT_FAILURE_SHARE = 0.1;

type Step = {
  listeners: number;
  livekit: Usage;
  app: Usage;
  loadGenerator: Usage;
  subscribers: SubscriberSummary[];
  worstReceivedPercent: number;
  connectFailures: number;
  appListeners: AppListenerSample[];
  listenerCountInDb: number;
  held: boolean;
};

function runLoadTest(lk: string, roomId: string, listeners: number) {
  const duration = Math.ceil(listeners / JOIN_RATE_PER_SECOND) + HOLD_SECONDS;
  const child = spawn(
    lk,
    [
      "--url",
      benchEnv.livekitUrl(),
      "--api-key",
      benchEnv.livekitKey(),
      "--api-secret",
      benchEnv.livekitSecret(),
      "perf",
      "load-test",
      "--room",
      roomId,
      "--audio-publishers",
      "1",
      "--subscribers",
      String(listeners),
      "--num-per-second",
      String(JOIN_RATE_PER_SECOND),
      "--duration",
      `${duration}s`,
    ],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const usage = child.pid ? watchProcess(child.pid) : null;
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  return { exited, output: () => output, usage, duration };
}

async function waitForOutput(output: () => string, text: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!output().includes(text) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

let lk: string;
try {
  lk = ensureLk();
} catch (error) {
  recordNotRunnable("fanout", error instanceof Error ? error.message : String(error));
  process.exit(0);
}

const run = startRun();
const db = benchDb();
const { room } = await createHostedRoom(db, "Fanout benchmark");
// lk load-test joins before any app listener, and livekit.yaml leaves room creation to the app.
await livekitAdmin().createRoom({ name: room.id, emptyTimeout: 300 });
const cores = availableParallelism();
const steps: Step[] = [];
/** Writes the result so far: a run cut short by its time limit still leaves every finished step. */
function recordSteps(): void {
  const largestHeld = [...steps].reverse().find((step) => step.held);
  const subscribed = steps.flatMap((step) =>
    step.appListeners.flatMap((s) => (s.subscribedMs === null ? [] : [s.subscribedMs])),
  );
  const joinSummary = summarize(subscribed);
  const last = steps.at(-1);
  const rows: MetricRow[] = [
    {
      metric: `fanout: listeners in one room that held (livekit ${largestHeld?.livekit.cpuPercentOfOneCore ?? "—"}% of a core, ${largestHeld?.livekit.peakRssMb ?? "—"} MB; lk ${largestHeld?.loadGenerator.cpuPercentOfOneCore ?? "—"}%, ${largestHeld?.connectFailures ?? "—"} lk testers could not connect)`,
      samples: steps.length,
      p50: Number.NaN,
      p95: Number.NaN,
      max: largestHeld?.listeners ?? 0,
      budget: "≥ 1,000, < 1% loss",
      withinBudget: (largestHeld?.listeners ?? 0) >= 1000,
    },
    {
      metric: `fanout: app listener token → subscribed while the room is full, ms`,
      samples: joinSummary.samples,
      p50: joinSummary.p50,
      p95: joinSummary.p95,
      max: joinSummary.max,
      budget: "—",
      withinBudget: null,
    },
  ];
  run.finish({
    name: "fanout",
    status: steps.length > 0 ? "ok" : "failed",
    note: last
      ? `stopped at ${last.listeners} listeners: livekit ${last.livekit.cpuPercentOfOneCore}% of a core (limit ${CPU_LIMIT_PERCENT_OF_MACHINE}% of ${cores} cores), worst listener ${last.worstReceivedPercent}% of packets, ${last.connectFailures} testers could not connect; load generator on the same machine`
      : "no step ran",
    rows,
    raw: steps,
  });
}

for (let listeners = STEP; listeners <= MAX_LISTENERS; listeners += STEP) {
  const livekitUsage = watchProcess(benchEnv.livekitPid());
  const appUsage = watchProcess(benchEnv.appPid());
  const test = runLoadTest(lk, room.id, listeners);
  // The app's listeners join once lk's listeners are all in ("Finished connecting" — under load
  // that takes longer than the join rate alone suggests), while the room is at full size.
  await waitForOutput(test.output, "Finished connecting", 180_000);
  await new Promise((resolve) => setTimeout(resolve, (HOLD_SECONDS / 2) * 1000));
  const members = await createMembers(db, APP_LISTENERS, `fanout${listeners}`);
  const app = await joinAppListeners(room.id, members).catch(() => null);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const counts = await db.room.findUniqueOrThrow({
    where: { id: room.id },
    select: { listenerCount: true },
  });
  await test.exited;
  await app?.leave();
  const livekit = livekitUsage.stop();
  writeFileSync(path.join(benchEnv.runDir(), `lk-${listeners}.txt`), test.output());
  const subscribers = parseSubscriberSummaries(test.output());
  // A tester lk could not connect (its own connect timeout, on a machine it shares) is reported
  // apart; received packets are judged over the listeners that connected.
  const connected = subscribers.filter((s) => s.error === "");
  const connectFailures = listeners - connected.length;
  const worstReceivedPercent =
    connected.length === 0 ? 0 : Math.min(...connected.map((s) => 100 - s.lossPercent));
  const held =
    livekit.cpuPercentOfOneCore / cores <= CPU_LIMIT_PERCENT_OF_MACHINE &&
    worstReceivedPercent >= MIN_RECEIVED_PERCENT &&
    connectFailures <= listeners * MAX_CONNECT_FAILURE_SHARE &&
    app !== null;
  steps.push({
    listeners,
    livekit,
    app: appUsage.stop(),
    loadGenerator: test.usage?.stop() ?? { cpuPercentOfOneCore: Number.NaN, peakRssMb: Number.NaN },
    subscribers,
    worstReceivedPercent,
    connectFailures,
    appListeners: app?.samples ?? [],
    listenerCountInDb: counts.listenerCount,
    held,
  });
  console.error(
    `fanout: ${listeners} listeners: livekit ${livekit.cpuPercentOfOneCore}% of a core, worst listener ` +
      `${worstReceivedPercent}% of packets, ${connectFailures} could not connect, app listeners ${app ? "joined" : "FAILED"}, ${held ? "held" : "did not hold"}`,
  );
  recordSteps();
  if (!held) break;
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // let LiveKit settle between steps
}
await db.$disconnect();

// @livekit/rtc-node keeps native handles open after disconnecting; the run is over.
process.exit(0);
