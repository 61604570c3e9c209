// npm run bench -- storm: a join storm, end to end, on the cluster of scripts/lib/cluster.sh (two
// livekit-server nodes on Redis and two app instances, behind HAProxy, PostgreSQL). One room with a
// host speaking (a tone, published with @livekit/rtc-node); listeners, members created in the
// database, join it at a rising rate: each takes its token from POST /api/rooms/:id/token through
// the app's load balancer, connects with rtc-node to the LiveKit URL the app answered (the LiveKit
// load balancer) and waits for the host's first audible frame.
//
// A step holds when every joiner heard the host, p95 of request → first audible frame is ≤ 2 s,
// PostgreSQL's presence equals LiveKit's participant count within 30 s (after the joins, and again
// after they leave), and every webhook was applied: each joiner's participant_joined moved its row
// (presence.ts says how that is told apart from the sweep), and the app stored as many webhook
// events as joins and leaves. The run stops at the first step that does not hold, and says where
// the knee came from: the phase that grew or failed, and the processes (app, PostgreSQL, LiveKit,
// HAProxy, the load generator) at ≥ 90% of a core while it did (knee.ts).
//
// Each step's listeners leave before the next step: a step measures a rate of joins into a room of
// the same size (the host alone), not a room that grows with every step (fanout measures size), and
// their departures check the participant_left webhooks too. The steps' sizes keep the whole run
// near 5 minutes on a 2-core machine: rate × 4 s of joins, at least 10 joiners and at most 160
// (160 rtc-node rooms in this one process is already a load of its own, measured as such). A
// joiner that heard the host unsubscribes from its audio but stays connected (joiner.ts says why).
import path from "node:path";
import { benchEnv } from "../lib/env";
import { startRun, summaryRow, type MetricRow } from "../lib/results";
import { percentile, summarize } from "../lib/stats";
import { startCluster } from "../failover/start-cluster";
import { clusterPids, watchCluster, type StepUsage } from "./cluster-usage";
import { GIVE_UP_MS, join, type JoinSample } from "./joiner";
import { explainKnee, phaseP95, type Knee } from "./knee";
import type { Settled } from "./presence";
import type { BenchMember } from "../lib/app-data";

const RATES = (process.env.BENCH_STORM_RATES ?? "2,4,6,8,10,15,20,30,40,60,80")
  .split(",")
  .map(Number);
const STEP_SECONDS = 4;
const MIN_JOINERS = 10;
const MAX_JOINERS = Number(process.env.BENCH_STORM_MAX_JOINERS ?? "160");
const HEAR_WITHIN_MS = 2_000;
const SETTLE_WITHIN_MS = 30_000;
// A step takes at most ~4 s of joins, 15 s of waiting and 2 × 30 s of presence: one still running
// after this is stuck (a second run once hung before its 6/s step's first join, for no reason it
// left behind), and the run stops there, saying at which stage, instead of holding the machine.
const STEP_LIMIT_MS = 150_000;

const run = startRun();
const clusterDir = path.join(benchEnv.runDir(), "cluster");
const stopCluster = await startCluster(clusterDir, benchEnv.distDir());
// Loaded after startCluster put the cluster's settings in process.env: these modules read them.
const { dispose } = await import("@livekit/rtc-node");
const { RoomServiceClient } = await import("livekit-server-sdk");
const { db, newRoom } = await import("../../tests/cluster/support/people");
const { createMembers } = await import("../lib/app-data");
const { presenceProbe } = await import("./presence");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const livekit = new RoomServiceClient(
  (process.env.CLUSTER_LIVEKIT_URL ?? "").replace(/^ws/, "http"),
  process.env.CLUSTER_LIVEKIT_API_KEY,
  process.env.CLUSTER_LIVEKIT_API_SECRET,
);
const { tierPid } = clusterPids(clusterDir);

const { roomId, host } = await newRoom("Join storm bench");
await host.join(roomId);
await host.speak();
const presence = presenceProbe(db, livekit, roomId);

type Step = {
  rate: number;
  joiners: number;
  /** The rate the joins actually started at (this process may fall behind its schedule). */
  startedPerSecond: number;
  samples: JoinSample[];
  usage: StepUsage;
  joined: Settled;
  left: Settled;
  joinWebhooksApplied: number;
  webhookEvents: number;
  expectedWebhookEvents: number;
  heard: number;
  connected: number;
  held: boolean;
};

/** Starts one joiner every 1/rate s, on a schedule fixed at the start (late starts do not drift). */
async function storm(rate: number, members: BenchMember[]) {
  const count = members.length;
  const joiners: ReturnType<typeof join>[] = [];
  const starts: number[] = [];
  const begin = performance.now();
  for (const [i, member] of members.entries()) {
    const wait = begin + (i * 1000) / rate - performance.now();
    if (wait > 0) await sleep(wait);
    starts.push(performance.now());
    joiners.push(join(roomId, member, host.id));
  }
  const span = (starts.at(-1) ?? 0) - (starts[0] ?? 0);
  const startedPerSecond = span > 0 ? ((count - 1) * 1000) / span : rate;
  return { joiners, startedPerSecond: Math.round(startedPerSecond * 10) / 10 };
}

// Warm-up, not measured: the first joiners find LiveKit's room created, the room map in HAProxy
// filled and both app instances' connection pools open.
{
  const { joiners } = await storm(2, await createMembers(db, 4, "stormwarmup"));
  const samples = await Promise.all(joiners.map((one) => one.sample));
  if (samples.some((one) => one.totalMs === null))
    throw new Error(`warm-up joiners did not hear the host: ${JSON.stringify(samples)}`);
  await Promise.all(joiners.map((one) => one.leave()));
  await presence.settle(1, SETTLE_WITHIN_MS);
}

const steps: Step[] = [];
/** The load generator's CPU (% of a core) in the quiet 2 s after each step's listeners left. */
const idleAfter: { rate: number; loadGenerator: number }[] = [];
/** Set when a step outlived STEP_LIMIT_MS: which step, and the stage it was in. */
let stuck: string | null = null;
let stage = "";
for (const rate of RATES) {
  const count = Math.min(MAX_JOINERS, Math.max(MIN_JOINERS, rate * STEP_SECONDS));
  const watchdog = setTimeout(() => {
    stuck = `the ${rate}/s step was still ${stage} after ${STEP_LIMIT_MS / 1000} s`;
    console.error(`storm: ${stuck}; stopping`);
    record();
    process.exit(0);
  }, STEP_LIMIT_MS);
  stage = "creating its members";
  const members = await createMembers(db, count, `storm${rate}`);
  const since = new Date();
  const watch = watchCluster(tierPid);
  stage = "starting its joiners";
  const { joiners, startedPerSecond } = await storm(rate, members);
  stage = "waiting for its joiners";
  const samples = await Promise.all(joiners.map((one) => one.sample));
  const usage = watch.stop();
  const connected = samples.filter((one) => one.connectMs !== null).length;
  const heard = samples.filter((one) => one.totalMs !== null);
  stage = "waiting for presence after the joins";
  const joined = await presence.settle(1 + connected, SETTLE_WITHIN_MS);
  stage = "reading the joins' webhooks";
  const joinWebhooksApplied = await presence.joinWebhooksApplied(samples);
  stage = "disconnecting its joiners";
  await Promise.all(joiners.map((one) => one.leave()));
  stage = "waiting for presence after the leaves";
  const left = await presence.settle(1, SETTLE_WITHIN_MS);
  // Each joiner who connected makes two: participant_joined and participant_left.
  const expectedWebhookEvents = 2 * connected;
  stage = "counting webhook events";
  const webhookEvents = await presence.webhooksSince(since);
  const p95 = percentile(
    heard.map((one) => one.totalMs ?? Number.NaN),
    95,
  );
  const held =
    heard.length === count &&
    p95 <= HEAR_WITHIN_MS &&
    joined.settledMs !== null &&
    left.settledMs !== null &&
    joinWebhooksApplied === connected &&
    webhookEvents >= expectedWebhookEvents;
  steps.push({
    rate,
    joiners: count,
    startedPerSecond,
    samples,
    usage,
    joined,
    left,
    joinWebhooksApplied,
    webhookEvents,
    expectedWebhookEvents,
    heard: heard.length,
    connected,
    held,
  });
  const cpu = usage.meanPercent;
  console.error(
    `storm: ${rate}/s (${count}, started at ${startedPerSecond}/s): heard ${heard.length}/${count}, p95 ${p95} ms; ` +
      `presence ${joined.settledMs ?? "NOT"} ms after joins, ${left.settledMs ?? "NOT"} ms after leaves ` +
      `(last pg ${left.last.postgres}, rows ${left.last.presentRows}, livekit ${left.last.livekit}); ` +
      `join webhooks ${joinWebhooksApplied}/${connected}, events ${webhookEvents}/${expectedWebhookEvents}; ` +
      `CPU app ${cpu.app1}/${cpu.app2}, pg ${cpu.postgres}, lk ${cpu.lk1}/${cpu.lk2}, haproxy ${cpu.haproxy}, ` +
      `generator ${cpu.loadGenerator} (loop p99 ${usage.eventLoopDelayP99Ms} ms, threads ${JSON.stringify(usage.loadGeneratorThreads)}), others ${usage.otherPercent}, machine ${usage.machineMeanPercent}%; ` +
      `${held ? "held" : "did NOT hold"}`,
  );
  record();
  if (!held) {
    clearTimeout(watchdog);
    break;
  }
  // livekit-server writes its nodes' stats to Redis every 2 s; the next step starts on fresh ones.
  // Meanwhile the load generator's CPU with nobody joining: what the rooms it has disconnected
  // still cost it, apart from what joining costs.
  stage = "idle between steps";
  const idle = watchCluster(tierPid);
  await sleep(2_000);
  idleAfter.push({ rate, loadGenerator: idle.stop().meanPercent.loadGenerator });
  clearTimeout(watchdog);
}

await host.leave();
await db.$disconnect();
await dispose();
await stopCluster();
process.exit(0);

function phaseRows(step: Step, label: string): MetricRow[] {
  const row = (metric: string, values: (number | null)[]) =>
    summaryRow(
      `storm ${label} @ ${step.rate}/s: ${metric}, ms`,
      summarize(values.filter((value): value is number => value !== null)),
    );
  return [
    row(
      "request → token",
      step.samples.map((one) => one.tokenMs),
    ),
    row(
      "token → connected to LiveKit",
      step.samples.map((one) => one.connectMs),
    ),
    row(
      "connected → first audible frame",
      step.samples.map((one) => one.audioMs),
    ),
  ];
}

/** Writes the result so far: a run cut short by its time limit still leaves every finished step. */
function record(): void {
  const lastHeld = steps.findLast((step) => step.held);
  const knee = steps.find((step) => !step.held);
  const explained: Knee | null = knee ? explainKnee(knee, lastHeld) : null;
  const rows: MetricRow[] = [
    {
      metric:
        "storm: highest join rate that held (every joiner heard the host, p95 request → audio ≤ 2 s, presence = LiveKit's within 30 s, every webhook applied), joins/s",
      samples: steps.length,
      p50: Number.NaN,
      p95: Number.NaN,
      max: lastHeld?.rate ?? 0,
      budget: "—",
      withinBudget: null,
    },
    ...steps.map((step): MetricRow => {
      const cpu = step.usage.meanPercent;
      return summaryRow(
        `storm @ ${step.rate}/s (${step.joiners} joiners, started at ${step.startedPerSecond}/s): request → first audible frame, ms; ` +
          `heard ${step.heard}/${step.joiners}, presence = LiveKit's ${step.joined.settledMs ?? "never"} ms after the joins and ${step.left.settledMs ?? "never"} ms after the leaves, ` +
          `webhooks applied: joined ${step.joinWebhooksApplied}/${step.connected}, events ${step.webhookEvents}/${step.expectedWebhookEvents}; ` +
          `CPU % of a core: app ${cpu.app1} + ${cpu.app2}, PostgreSQL ${cpu.postgres}, LiveKit ${cpu.lk1} + ${cpu.lk2}, HAProxy ${cpu.haproxy}, load generator ${cpu.loadGenerator} (busiest thread ${step.usage.loadGeneratorThreads[0]?.name ?? "—"} ${step.usage.loadGeneratorThreads[0]?.percent ?? "—"}, event loop p99 ${step.usage.eventLoopDelayP99Ms} ms; ${idleAfter.find((one) => one.rate === step.rate)?.loadGenerator ?? "—"} once they left), other work on the machine ${step.usage.otherPercent}; machine ${step.usage.machineMeanPercent}% of ${step.usage.cores} cores`,
        summarize(step.samples.flatMap((one) => (one.totalMs === null ? [] : [one.totalMs]))),
        "all hear, p95 ≤ 2 s; presence ≤ 30 s; every webhook",
        step.held,
      );
    }),
    ...(lastHeld ? phaseRows(lastHeld, "last step that held") : []),
    ...(knee ? phaseRows(knee, "knee") : []),
  ];
  const phases = knee ? phaseP95(knee.samples) : null;
  run.finish({
    name: "storm",
    status: steps.length > 0 ? "ok" : "failed",
    note: `${stuck ? `${stuck}, and the run stopped there; ` : ""}${
      knee
        ? `held up to ${lastHeld?.rate ?? "no"} joins/s; the knee at ${knee.rate}/s: ${explained?.cause} (phase p95 at the knee: token ${phases?.token} ms, connect ${phases?.connect} ms, first audio ${phases?.audio} ms; a joiner gives up after ${GIVE_UP_MS / 1000} s)`
        : `every step held, up to ${lastHeld?.rate} joins/s${stuck ? "" : ": the knee is above the steps run"}`
    }`,
    rows,
    raw: { roomId, steps, idleAfter },
  });
}
