// fanout — listeners per room on one livekit-server: one speaker (lk's audio publisher) and
// subscribe-only listeners from `lk load-test`, in steps of 100, until a step fails the budget's
// rule: a listener loses 1% of the packets or more, an app listener is not subscribed, the
// presence count in PostgreSQL differs from the listeners the app joined, or livekit-server uses
// more than 80% of its core. livekit-server is pinned to core 0 and everything else (lk, the app,
// this process) to the other cores, so the largest step that held is what one SFU core carries. Each step lets 3
// members join through the app (token from POST /token, @livekit/rtc-node) at that size.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { availableParallelism } from "node:os";
import { benchDb, createHostedRoom, createMembers } from "../lib/app-data";
import { allCores, pinProcess } from "../lib/cpu-pinning";
import { livekitAdmin } from "../lib/livekit-admin";
import { benchEnv } from "../lib/env";
import { recordNotRunnable } from "../lib/not-runnable";
import { watchProcess, type Usage } from "../lib/process-usage";
import { startRun, type MetricRow } from "../lib/results";
import { summarize } from "../lib/stats";
import { joinAppListeners, type AppListenerSample } from "./app-listeners";
import { ensureLk } from "./ensure-lk";
import { parseSubscriberSummaries, type SubscriberSummary } from "./lk-output";

const STEP = 100;
const MAX_LISTENERS = 1_500;
const JOIN_RATE_PER_SECOND = 50;
const HOLD_SECONDS = 15;
const CPU_LIMIT_PERCENT_OF_SFU_CORE = 80;
const MAX_LOSS_PERCENT = 1;
const SFU_CORE = "0";
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
  worstLossPercent: number;
  connectFailures: number;
  appListeners: AppListenerSample[];
  listenerCountInDb: number;
  /** Presence left over from the step before, once its app listeners had left. */
  staleCountBefore: number;
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
  // Decoded as streams: lk's table is drawn with multi-byte characters, and one split across two
  // chunks and decoded chunk by chunk garbles that row (a held listener then read as 100% lost).
  child.stdout.setEncoding("utf8").on("data", (text: string) => (output += text));
  child.stderr.setEncoding("utf8").on("data", (text: string) => (output += text));
  const usage = child.pid ? watchProcess(child.pid) : null;
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  return { exited, output: () => output, usage, duration, pid: child.pid };
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
const { host, room } = await createHostedRoom(db, "Fanout benchmark");
// lk load-test joins before any app listener, and livekit.yaml leaves room creation to the app.
// The room is empty between steps, for longer than livekit.yaml's 20 s departure timeout when
// presence is slow to settle: it is kept open longer, and created again if LiveKit closed it.
const ensureRoom = () =>
  livekitAdmin().createRoom({ name: room.id, emptyTimeout: 300, departureTimeout: 300 });
await ensureRoom();
// The host stays on stage through the app for the whole run: lk's publisher is no member, and a
// room whose stage is empty for 5 minutes is ended by the app (end-empty-stage-rooms.ts).
const hostOnStage = await joinAppListeners(room.id, [host]);
const cores = availableParallelism();
if (cores < 2) {
  recordNotRunnable("fanout", "needs 2 cores: one for livekit-server, one for everything else");
  process.exit(0);
}
const otherCores = `1-${cores - 1}`;
pinProcess(benchEnv.livekitPid(), SFU_CORE);
pinProcess(benchEnv.appPid(), otherCores);
pinProcess(process.pid, otherCores);
const steps: Step[] = [];

const listenerCount = async () =>
  (await db.room.findUniqueOrThrow({ where: { id: room.id }, select: { listenerCount: true } }))
    .listenerCount;

/** Waits (up to 15 s) for the app listeners' departures to reach presence; returns what is left. */
async function settledListenerCount(): Promise<number> {
  const deadline = Date.now() + 15_000;
  let count = await listenerCount();
  while (count !== 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    count = await listenerCount();
  }
  return count;
}

/** Writes the result so far: a run cut short by its time limit still leaves every finished step. */
function recordSteps(): void {
  const largestHeld = [...steps].reverse().find((step) => step.held);
  const subscribed = steps.flatMap((step) =>
    step.appListeners.flatMap((s) => (s.subscribedMs === null ? [] : [s.subscribedMs])),
  );
  const joinSummary = summarize(subscribed);
  const last = steps.at(-1);
  // livekit-server has one core: the largest step that held is what one core carried. Its CPU
  // while full is not extrapolated: the first run found a cliff (46% at 1,100, 100% at 1,200).
  const rows: MetricRow[] = [
    {
      metric: `fanout: listeners in one room that held (livekit ${largestHeld?.livekit.cpuPercentOfOneCore ?? "—"}% of its core, ${largestHeld?.livekit.peakRssMb ?? "—"} MB; lk ${largestHeld?.loadGenerator.cpuPercentOfOneCore ?? "—"}%, ${largestHeld?.connectFailures ?? "—"} lk testers could not connect)`,
      samples: steps.length,
      p50: Number.NaN,
      p95: Number.NaN,
      max: largestHeld?.listeners ?? 0,
      budget: "≥ 1,000, < 1% loss",
      withinBudget: (largestHeld?.listeners ?? 0) >= 1000,
    },
    {
      metric: `fanout: listeners one SFU core carried (livekit pinned to core ${SFU_CORE}, ${largestHeld?.livekit.cpuPercentOfOneCore ?? "—"}% of it while full)`,
      samples: largestHeld ? 1 : 0,
      p50: Number.NaN,
      p95: Number.NaN,
      max: largestHeld?.listeners ?? 0,
      budget: "—",
      withinBudget: null,
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
      ? `stopped at ${last.listeners} listeners: livekit ${last.livekit.cpuPercentOfOneCore}% of its pinned core (limit ${CPU_LIMIT_PERCENT_OF_SFU_CORE}%), worst listener lost ${last.worstLossPercent}% of packets, ${last.connectFailures} lk testers could not connect, app listeners subscribed ${last.appListeners.filter((one) => one.subscribedMs !== null).length}/${APP_LISTENERS}, presence ${last.listenerCountInDb} (expected ${APP_LISTENERS}); livekit-server on core ${SFU_CORE}, lk and the app on cores ${otherCores}`
      : "no step ran",
    rows,
    raw: steps,
  });
}

for (let listeners = STEP; listeners <= MAX_LISTENERS; listeners += STEP) {
  const staleCountBefore = await settledListenerCount();
  await ensureRoom();
  const appUsage = watchProcess(benchEnv.appPid());
  const test = runLoadTest(lk, room.id, listeners);
  if (test.pid) pinProcess(test.pid, otherCores);
  // The app's listeners join once lk's listeners are all in ("Finished connecting" — under load
  // that takes longer than the join rate alone suggests), while the room is at full size.
  await waitForOutput(test.output, "Finished connecting", 180_000);
  // The SFU's CPU while the room is full, not while it fills.
  const livekitUsage = watchProcess(benchEnv.livekitPid());
  await new Promise((resolve) => setTimeout(resolve, (HOLD_SECONDS / 2) * 1000));
  const members = await createMembers(db, APP_LISTENERS, `fanout${listeners}`);
  const app = await joinAppListeners(room.id, members).catch(() => null);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const listenerCountInDb = await listenerCount();
  await test.exited;
  const livekit = livekitUsage.stop();
  await app?.leave();
  writeFileSync(path.join(benchEnv.runDir(), `lk-${listeners}.txt`), test.output());
  const subscribers = parseSubscriberSummaries(test.output());
  // A tester lk could not connect (its own connect timeout, on a machine it shares) is reported
  // apart; packet loss is judged over the listeners that connected.
  const connected = subscribers.filter((s) => s.error === "");
  const connectFailures = listeners - connected.length;
  const worstLossPercent =
    connected.length === 0 ? 100 : Math.max(...connected.map((s) => s.lossPercent));
  const appSubscribed = app !== null && app.samples.every((sample) => sample.subscribedMs !== null);
  const held =
    livekit.cpuPercentOfOneCore <= CPU_LIMIT_PERCENT_OF_SFU_CORE &&
    worstLossPercent < MAX_LOSS_PERCENT &&
    connectFailures <= listeners * MAX_CONNECT_FAILURE_SHARE &&
    appSubscribed &&
    listenerCountInDb === APP_LISTENERS;
  steps.push({
    listeners,
    livekit,
    app: appUsage.stop(),
    loadGenerator: test.usage?.stop() ?? { cpuPercentOfOneCore: Number.NaN, peakRssMb: Number.NaN },
    subscribers,
    worstLossPercent,
    connectFailures,
    appListeners: app?.samples ?? [],
    listenerCountInDb,
    staleCountBefore,
    held,
  });
  console.error(
    `fanout: ${listeners} listeners: livekit ${livekit.cpuPercentOfOneCore}% of its core, worst listener lost ` +
      `${worstLossPercent}% of packets, ${connectFailures} could not connect, app listeners ${appSubscribed ? "subscribed" : "NOT all subscribed"}, presence ${listenerCountInDb}/${APP_LISTENERS} (${staleCountBefore} left from the step before), ${held ? "held" : "did not hold"}`,
  );
  recordSteps();
  if (!held) break;
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // let LiveKit settle between steps
}
await hostOnStage.leave();
pinProcess(benchEnv.livekitPid(), allCores());
pinProcess(benchEnv.appPid(), allCores());
await db.$disconnect();

// @livekit/rtc-node keeps native handles open after disconnecting; the run is over.
process.exit(0);
