// fanout — listeners per room on one livekit-server: one speaker (lk's audio publisher) and
// subscribe-only listeners from `lk load-test`, at each size in STEPS, until a step fails the
// budget's rule. A step holds only if every listener lk started connected and heard the room (the
// speaker's track subscribed, under 1% of its packets lost), the 3 members who join through the
// app meanwhile (token from POST /token, @livekit/rtc-node) are subscribed, the presence count in
// PostgreSQL equals them, and livekit-server uses at most 80% of its core. livekit-server is
// pinned to core 0 and everything else (lk, the app, this process) to the other cores, so the
// largest step that held is what one SFU core carries.
// The steps go to 2,000 listeners, past the 1,875 audio listeners per core LiveKit publishes; they
// are coarse below 1,500, which earlier runs held at every 100, so that the run, whose joins
// alone take listeners ÷ 10 seconds a step, stays under about 20 minutes.
// Each step also records what else could refuse a listener: lk's reasons for each tester it could
// not connect, the open files of livekit-server and of each lk process (against the machine's
// hard limit of 20,000), how long their threads waited for a core (other work on it), and how
// busy each core was, whoever used it.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { availableParallelism, loadavg } from "node:os";
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
import { startLoadGenerator } from "./load-generator";
import { connectErrors, parseSubscriberSummaries } from "./lk-output";
import { watchCores, watchPressure, type Pressure } from "./process-pressure";

// FANOUT_STEPS="1500" runs only the sizes given (comma-separated), for a focused experiment.
const STEPS = process.env.FANOUT_STEPS
  ? process.env.FANOUT_STEPS.split(",").map(Number)
  : [500, 1_000, 1_250, 1_500, 1_750, 1_875, 2_000];
// Testers started a second over all lk processes: 10, lk's own maximum for one process. Joining a
// large room costs the SFU more than holding it (each join is announced to everyone already in):
// filling 1,200 listeners at this rate took 40–70% of its core, and a join that waits over 15 s is
// given up and retried by lk, which adds to the work that delayed it.
const JOIN_RATE_PER_SECOND = 10;
const HOLD_SECONDS = 15;
const CPU_LIMIT_PERCENT_OF_SFU_CORE = 80;
const MAX_LOSS_PERCENT = 1;
const SFU_CORE = "0";
const APP_LISTENERS = 3;

type Step = {
  listeners: number;
  /** livekit-server while the room was full. */
  livekit: Usage & Pressure;
  /** livekit-server while the room filled (lk joining its testers). */
  livekitFilling: Usage & Pressure;
  app: Usage;
  loadGenerator: Usage & { processes: number; peakOpenFilesPerProcess: number };
  /** % busy of each core while the room was full, the bench's work and anyone else's. */
  coreBusyPercent: Record<string, number>;
  loadAverage: number;
  worstLossPercent: number;
  connectFailures: number;
  /** lk's reasons for the testers it could not connect, with how many each. */
  connectErrors: Record<string, number>;
  /** Connected listeners that did not receive the speaker's track. */
  notHearing: number;
  appListeners: AppListenerSample[];
  listenerCountInDb: number;
  /** Presence left over from the step before, once its app listeners had left. */
  staleCountBefore: number;
  held: boolean;
};

async function waitForOutputs(outputs: () => string[], text: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!outputs().every((output) => output.includes(text)) && Date.now() < deadline) {
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

const loadAverage = () => Math.round((loadavg()[0] ?? Number.NaN) * 100) / 100;

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
      metric: `fanout: listeners in one room, every one connected and hearing (livekit ${largestHeld?.livekit.cpuPercentOfOneCore ?? "—"}% of its core while full, ${largestHeld?.livekitFilling.cpuPercentOfOneCore ?? "—"}% while filling, ${largestHeld?.livekit.peakRssMb ?? "—"} MB; ${largestHeld?.loadGenerator.processes ?? "—"} lk processes ${largestHeld?.loadGenerator.cpuPercentOfOneCore ?? "—"}% of a core)`,
      samples: steps.length,
      p50: Number.NaN,
      p95: Number.NaN,
      max: largestHeld?.listeners ?? 0,
      budget: "≥ 1,000, all connected, < 1% loss",
      withinBudget: (largestHeld?.listeners ?? 0) >= 1000,
    },
    {
      metric: `fanout: listeners one SFU core carried (livekit pinned to core ${SFU_CORE}, ${largestHeld?.livekit.cpuPercentOfOneCore ?? "—"}% of it while full; LiveKit publishes ~1,875 audio listeners per core)`,
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
  const reasons = (step: Step) =>
    Object.entries(step.connectErrors)
      .map(([reason, count]) => `${count} × ${reason}`)
      .join("; ") || "none";
  run.finish({
    name: "fanout",
    status: steps.length > 0 ? "ok" : "failed",
    note: last
      ? `${last.held ? "every step held; last" : "stopped at"} ${last.listeners} listeners: ${last.connectFailures} could not connect (${reasons(last)}), ${last.notHearing} connected but did not hear, worst listener lost ${last.worstLossPercent}%; livekit ${last.livekit.cpuPercentOfOneCore}% of its pinned core while full (limit ${CPU_LIMIT_PERCENT_OF_SFU_CORE}%), ${last.livekitFilling.cpuPercentOfOneCore}% while filling, waiting for its core ${last.livekitFilling.runQueueWaitPercent}% of the time while filling, ${last.livekit.peakOpenFiles} open files; ${last.loadGenerator.processes} lk processes ${last.loadGenerator.cpuPercentOfOneCore}% of a core, ≤ ${last.loadGenerator.peakOpenFilesPerProcess} open files each; cores busy ${JSON.stringify(last.coreBusyPercent)} while full, load ${last.loadAverage}; app listeners subscribed ${last.appListeners.filter((one) => one.subscribedMs !== null).length}/${APP_LISTENERS}, presence ${last.listenerCountInDb} (expected ${APP_LISTENERS}); livekit-server on core ${SFU_CORE}, lk and the app on cores ${otherCores}`
      : "no step ran",
    rows,
    raw: steps,
  });
}

for (const listeners of STEPS) {
  const staleCountBefore = await settledListenerCount();
  await ensureRoom();
  const appUsage = watchProcess(benchEnv.appPid());
  const fillingUsage = watchProcess(benchEnv.livekitPid());
  const fillingPressure = watchPressure(benchEnv.livekitPid());
  const test = startLoadGenerator(lk, room.id, listeners, {
    joinRatePerSecond: JOIN_RATE_PER_SECOND,
    holdSeconds: HOLD_SECONDS,
    cores: otherCores,
  });
  // The app's listeners join once lk's listeners are all in ("Finished connecting" — a tester
  // that fails tries 10 times, so that can take minutes), while the room is at full size.
  await waitForOutputs(test.outputs, "Finished connecting", 300_000);
  const livekitFilling = { ...fillingUsage.stop(), ...fillingPressure.stop() };
  // The SFU's CPU while the room is full, not while it fills.
  const livekitUsage = watchProcess(benchEnv.livekitPid());
  const livekitPressure = watchPressure(benchEnv.livekitPid());
  const cores = watchCores();
  await new Promise((resolve) => setTimeout(resolve, (HOLD_SECONDS / 2) * 1000));
  const members = await createMembers(db, APP_LISTENERS, `fanout${listeners}`);
  const app = await joinAppListeners(room.id, members).catch(() => null);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const listenerCountInDb = await listenerCount();
  await test.exited;
  const livekit = { ...livekitUsage.stop(), ...livekitPressure.stop() };
  const coreBusyPercent = cores.stop();
  const loadGenerator = { processes: test.processes, ...test.stopUsage() };
  await app?.leave();
  const outputs = test.outputs();
  outputs.forEach((output, index) =>
    writeFileSync(path.join(benchEnv.runDir(), `lk-${listeners}-${index}.txt`), output),
  );
  const subscribers = outputs.flatMap(parseSubscriberSummaries);
  const errors = outputs.map(connectErrors).reduce<Record<string, number>>((all, one) => {
    for (const [reason, count] of Object.entries(one)) all[reason] = (all[reason] ?? 0) + count;
    return all;
  }, {});
  const connected = subscribers.filter((s) => s.error === "");
  const connectFailures = listeners - connected.length;
  // "subscribed/expected": lk expects tracks only from its own process's publishers, so a tester
  // of the second lk process that hears process 0's speaker reads "1/0".
  const notHearing = connected.filter((s) => !(Number(s.tracks.split("/")[0]) >= 1)).length;
  const worstLossPercent =
    connected.length === 0 ? 100 : Math.max(...connected.map((s) => s.lossPercent));
  const appSubscribed = app !== null && app.samples.every((sample) => sample.subscribedMs !== null);
  const held =
    connectFailures === 0 &&
    notHearing === 0 &&
    worstLossPercent < MAX_LOSS_PERCENT &&
    livekit.cpuPercentOfOneCore <= CPU_LIMIT_PERCENT_OF_SFU_CORE &&
    appSubscribed &&
    listenerCountInDb === APP_LISTENERS;
  steps.push({
    listeners,
    livekit,
    livekitFilling,
    app: appUsage.stop(),
    loadGenerator,
    coreBusyPercent,
    loadAverage: loadAverage(),
    worstLossPercent,
    connectFailures,
    connectErrors: errors,
    notHearing,
    appListeners: app?.samples ?? [],
    listenerCountInDb,
    staleCountBefore,
    held,
  });
  console.error(
    `fanout: ${listeners} listeners: ${connectFailures} could not connect ${JSON.stringify(errors)}, ${notHearing} did not hear, worst loss ${worstLossPercent}%; ` +
      `livekit ${livekit.cpuPercentOfOneCore}% full / ${livekitFilling.cpuPercentOfOneCore}% filling (waited for its core ${livekitFilling.runQueueWaitPercent}%), ${livekit.peakOpenFiles} fds; ` +
      `lk ×${loadGenerator.processes} ${loadGenerator.cpuPercentOfOneCore}%, ≤ ${loadGenerator.peakOpenFilesPerProcess} fds each; cores ${JSON.stringify(coreBusyPercent)}, load ${loadAverage()}; ` +
      `app listeners ${appSubscribed ? "subscribed" : "NOT all subscribed"}, presence ${listenerCountInDb}/${APP_LISTENERS} (${staleCountBefore} left from the step before), ${held ? "held" : "did not hold"}`,
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
