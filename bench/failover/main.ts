// npm run bench -- failover: on the cluster of scripts/lib/cluster.sh (two LiveKit nodes on Redis
// behind HAProxy, two app instances), kill -9 the node hosting a live room again and again and time
// "node killed → audio playing again at every listener", counting the listeners who came back; then
// kill an app instance under a stream of listener and moderator API calls and count the errors
// clients see after one retry, and the longest gap in the audio they hear. Beside each killed room a
// second room lives on the surviving node: what a node's death costs the rooms it did not host.
// The clients are @livekit/rtc-node participants (tests/cluster/support/member.ts): joined through
// the app's token endpoint and the load balancer, publishing or hearing a tone.
import path from "node:path";
import { benchEnv } from "../lib/env";
import { startRun, type MetricRow } from "../lib/results";
import { percentile } from "../lib/stats";
import { startCluster } from "./start-cluster";

const NODE_KILLS = Number(process.env.BENCH_FAILOVER_RUNS ?? "5");
const LISTENERS = Number(process.env.BENCH_FAILOVER_LISTENERS ?? "6");
const APP_KILLS = Number(process.env.BENCH_FAILOVER_APP_RUNS ?? "2");
const GIVE_UP_MS = 30_000;

const run = startRun();
const stopCluster = await startCluster(path.join(benchEnv.runDir(), "cluster"), benchEnv.distDir());
// Loaded after startCluster put the cluster's settings in process.env: these modules read them.
const { dispose } = await import("@livekit/rtc-node");
const clusterApi = await import("../../tests/cluster/support/cluster");
const { db, newMember, newRoom } = await import("../../tests/cluster/support/people");
type Member = Awaited<ReturnType<typeof newMember>>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function liveRoom(listenerCount: number) {
  const { roomId, host } = await newRoom("Failover bench");
  await host.join(roomId);
  await host.speak();
  const listeners: Member[] = [];
  for (let i = 0; i < listenerCount; i++) {
    const listener = await newMember();
    await listener.join(roomId);
    listeners.push(listener);
  }
  await clusterApi.waitFor("every listener to hear the host", () =>
    listeners.every((one) => one.hears([host])),
  );
  return { roomId, host, listeners };
}

// The selector puts a new room on the node hosting the fewest rooms, which is usually the other
// one; rooms left from earlier kills can tip it, so this tries a few. It counts rooms from the
// stats each node writes to Redis every 2 s (livekit-server's stats_update_interval): a retry
// sooner than that sees the same counts and picks the same node.
const NODE_STATS_INTERVAL_MS = 2_000;
async function liveRoomBeside(node: string) {
  for (let attempt = 0; attempt < 6; attempt++) {
    const room = await liveRoom(2);
    if ((await clusterApi.hostingNode(room.roomId)) !== node) return room;
    await Promise.all([room.host, ...room.listeners].map((one) => one.leave()));
    await sleep(NODE_STATS_INTERVAL_MS + 500);
  }
  throw new Error(`every new room landed on ${node}, the node about to be killed`);
}

const nodeKills: {
  node: string;
  backMs: number[];
  listeners: number;
  allBackMs: number | null;
  bystanderGapMs: number;
  bystanderResumes: number;
}[] = [];
for (let i = 0; i < NODE_KILLS; i++) {
  const { roomId, host, listeners } = await liveRoom(LISTENERS);
  const doomed = await clusterApi.hostingNode(roomId);
  if (!doomed) throw new Error("the room has no node in Redis");
  const bystander = await liveRoomBeside(doomed);
  for (const one of bystander.listeners) one.resetGaps();
  const killedAt = Date.now();
  await clusterApi.killHard(doomed);
  const deadline = killedAt + GIVE_UP_MS;
  while (Date.now() < deadline && !listeners.every((one) => one.heardAgainAt(host, killedAt))) {
    await sleep(50);
  }
  const backMs = listeners
    .map((one) => one.heardAgainAt(host, killedAt))
    .filter((at): at is number => at !== undefined)
    .map((at) => at - killedAt);
  const allBack = backMs.length === listeners.length;
  // The longest silence the surviving room's listeners heard across the kill and its aftermath.
  await sleep(1_000);
  const bystanderGapMs = Math.max(
    ...bystander.listeners.map((one) => one.longestGap.get(bystander.host.id) ?? Infinity),
  );
  nodeKills.push({
    node: doomed,
    backMs,
    listeners: listeners.length,
    allBackMs: allBack ? Math.max(...backMs) : null,
    bystanderGapMs,
    bystanderResumes: bystander.listeners.reduce((sum, one) => sum + one.reconnects, 0),
  });
  console.error(
    `kill ${i + 1}/${NODE_KILLS} (${doomed}): ${backMs.length}/${listeners.length} back, last after ${allBack ? Math.max(...backMs) : "—"} ms; longest gap in the room on the other node ${bystanderGapMs} ms`,
  );
  await Promise.all(
    [host, ...listeners, bystander.host, ...bystander.listeners].map((one) => one.leave()),
  );
  await clusterApi.restart(doomed);
  // The restarted node reports itself to Redis before it is picked again.
  await sleep(3_000);
}

const appKills: {
  instance: string;
  calls: number;
  firstTryErrors: number;
  errorsAfterRetry: number;
  longestGapMs: number;
}[] = [];
for (let i = 0; i < APP_KILLS; i++) {
  const instance = i % 2 === 0 ? "app1" : "app2";
  const { roomId, host, listeners } = await liveRoom(2);
  for (const one of listeners) one.resetGaps();
  let calls = 0;
  let firstTryErrors = 0;
  let errorsAfterRetry = 0;
  let running = true;
  const traffic = (async () => {
    let round = 0;
    while (running) {
      const listener = listeners[round % listeners.length];
      if (!listener) break;
      for (const call of [
        () => listener.api(round % 4 < 2 ? "POST" : "DELETE", `/api/rooms/${roomId}/stage/hand`),
        () => host.api("GET", `/api/rooms/${roomId}/stage/log`),
      ]) {
        const result = await call();
        calls += 1;
        if (result.attempts > 1) firstTryErrors += 1;
        if (result.status === 0 || result.status >= 500) errorsAfterRetry += 1;
      }
      round += 1;
      await sleep(100);
    }
  })();
  await sleep(1_500);
  await clusterApi.killHard(instance);
  await sleep(6_000);
  running = false;
  await traffic;
  const longestGapMs = Math.max(...listeners.map((one) => one.longestGap.get(host.id) ?? Infinity));
  appKills.push({ instance, calls, firstTryErrors, errorsAfterRetry, longestGapMs });
  console.error(
    `app kill ${i + 1}/${APP_KILLS} (${instance}): ${calls} calls, ${errorsAfterRetry} errors after retry, longest audio gap ${longestGapMs} ms`,
  );
  await Promise.all([host.leave(), ...listeners.map((one) => one.leave())]);
  await clusterApi.restart(instance);
  await sleep(2_000);
}

await db.$disconnect();
await dispose();
await stopCluster();

const allBack = nodeKills.map((kill) => kill.allBackMs ?? Number.POSITIVE_INFINITY);
const everyListener = nodeKills.flatMap((kill) => kill.backMs);
const listenersTotal = nodeKills.reduce((sum, kill) => sum + kill.listeners, 0);
const row = (metric: string, samples: number[], budget: string, ok: boolean | null): MetricRow => ({
  metric,
  samples: samples.length,
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  max: samples.length ? Math.max(...samples) : Number.NaN,
  budget,
  withinBudget: ok,
});
const p95AllBack = percentile(allBack, 95);
const rows: MetricRow[] = [
  row(
    "node kill → audio back at every listener (ms)",
    allBack,
    "p95 ≤ 5,000 ms",
    p95AllBack <= 5_000,
  ),
  row("node kill → audio back, per listener (ms)", everyListener, "—", null),
  row(
    "node kill: longest audio gap in a room on the surviving node (ms)",
    nodeKills.map((kill) => kill.bystanderGapMs),
    "—",
    null,
  ),
  {
    ...row(
      "listeners back after a node kill (count)",
      [everyListener.length],
      `all ${listenersTotal}`,
      everyListener.length === listenersTotal,
    ),
  },
  row(
    "app instance kill: API errors after one retry",
    appKills.map((kill) => kill.errorsAfterRetry),
    "0",
    appKills.every((kill) => kill.errorsAfterRetry === 0),
  ),
  row(
    "app instance kill: calls that needed the retry",
    appKills.map((kill) => kill.firstTryErrors),
    "—",
    null,
  ),
  row(
    "app instance kill: longest audio gap (ms)",
    appKills.map((kill) => kill.longestGapMs),
    "—",
    null,
  ),
];
run.finish({
  name: "failover",
  status: "ok",
  note: `${NODE_KILLS} kill -9 of the hosting livekit-server node, ${LISTENERS} rtc-node listeners and a speaking host each, beside a room of 2 listeners on the surviving node; ${APP_KILLS} app instance kills under API traffic`,
  rows,
  raw: { nodeKills, appKills },
});
process.exit(0);
