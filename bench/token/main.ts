// token — throughput of the join endpoint (POST /api/rooms/<id>/token: session, database, token)
// for many distinct signed-in members in one live room, against a bare route of the same build
// (GET /api/health), at 10 and 50 connections for 20 s each. The app is pinned to core 0 and the
// load generator to core 1.
import { benchDb, createHostedRoom, createMembers } from "../lib/app-data";
import { waitUntil } from "../lib/app-client";
import { allCores, pinProcess } from "../lib/cpu-pinning";
import { benchEnv } from "../lib/env";
import { startRun, type MetricRow } from "../lib/results";
import { joinAsSpeaker } from "../lib/rtc-host";
import { round, summarize } from "../lib/stats";
import type { LoadOutcome, LoadPlan } from "./load";
import { runLoad } from "./run-load";

const MEMBERS = 500;
const DURATION_SECONDS = 20;
const WARMUP_SECONDS = 5;
const CONNECTIONS = [10, 50] as const;
const APP_CORE = "0";
const LOAD_CORE = "1";

const run = startRun();
const db = benchDb();
const { host, room } = await createHostedRoom(db, "Token benchmark");
const members = await createMembers(db, MEMBERS, "tokenbench");

// A live room has its host connected, as in production: joins then find the LiveKit room there
// instead of creating it (joinRoom does that only for an empty room).
const speaker = await joinAsSpeaker(room.id, host.cookie);
await waitUntil("the host's presence webhook", async () => {
  const counts = await db.room.findUniqueOrThrow({
    where: { id: room.id },
    select: { speakerCount: true },
  });
  return counts.speakerCount > 0;
});

const tokenPlan = (connections: number, durationSeconds: number): LoadPlan => ({
  url: benchEnv.appUrl(),
  method: "POST",
  path: `/api/rooms/${room.id}/token`,
  connections,
  durationSeconds,
  cookies: members.map((member) => member.cookie),
});
const barePlan = (connections: number, durationSeconds: number): LoadPlan => ({
  url: benchEnv.appUrl(),
  method: "GET",
  path: "/api/health",
  connections,
  durationSeconds,
  cookies: [],
});

type Pair = { connections: number; token: LoadOutcome; bare: LoadOutcome };
const pairs: Pair[] = [];
pinProcess(benchEnv.appPid(), APP_CORE);
try {
  // Warm-up: JIT, connection pools, and every member's participant row created once.
  runLoad(barePlan(10, WARMUP_SECONDS), LOAD_CORE);
  runLoad(tokenPlan(10, WARMUP_SECONDS), LOAD_CORE);
  for (const connections of CONNECTIONS) {
    const bare = runLoad(barePlan(connections, DURATION_SECONDS), LOAD_CORE);
    const token = runLoad(tokenPlan(connections, DURATION_SECONDS), LOAD_CORE);
    pairs.push({ connections, token, bare });
    console.error(
      `token: ${connections} connections: join ${rate(token)} req/s, bare ${rate(bare)} req/s, ` +
        `errors ${failures(token)}/${failures(bare)}`,
    );
  }
} finally {
  pinProcess(benchEnv.appPid(), allCores());
  await speaker.stop();
  await db.$disconnect();
}

function rate(outcome: LoadOutcome): number {
  return round(outcome.requests / outcome.durationSeconds, 0);
}

function failures(outcome: LoadOutcome): number {
  return outcome.errors + outcome.timeouts + outcome.non2xx;
}

function rows({ connections, token, bare }: Pair): MetricRow[] {
  const ratio = rate(token) / rate(bare);
  const tokenLatency = summarize(token.latenciesMs);
  const bareLatency = summarize(bare.latenciesMs);
  const tokenRate = summarize(token.perSecond);
  const bareRate = summarize(bare.perSecond);
  return [
    {
      metric: `token: join req/s @${connections} conn (mean ${rate(token)}, ${round(ratio, 2)}× bare)`,
      samples: tokenRate.samples,
      p50: tokenRate.p50,
      p95: tokenRate.p95,
      max: tokenRate.max,
      budget: "≥ 1,000 req/s and ≥ 0.8× bare",
      withinBudget: rate(token) >= 1000 && ratio >= 0.8,
    },
    {
      metric: `token: join latency @${connections} conn, ms (p99 ${tokenLatency.p99}, errors ${failures(token)})`,
      samples: tokenLatency.samples,
      p50: tokenLatency.p50,
      p95: tokenLatency.p95,
      max: tokenLatency.max,
      budget: connections === 10 ? "p99 ≤ 50 ms, 0 errors" : "0 errors",
      withinBudget: failures(token) === 0 && (connections !== 10 || tokenLatency.p99 <= 50),
    },
    {
      metric: `token: bare GET /api/health req/s @${connections} conn (mean ${rate(bare)}, p99 ${bareLatency.p99} ms)`,
      samples: bareRate.samples,
      p50: bareRate.p50,
      p95: bareRate.p95,
      max: bareRate.max,
      budget: "reference (~1,300 req/s)",
      withinBudget: null,
    },
  ];
}

run.finish({
  name: "token",
  status: "ok",
  note: `${MEMBERS} distinct members, ${DURATION_SECONDS} s per load; app pinned to core ${APP_CORE}, autocannon to core ${LOAD_CORE}; PostgreSQL and livekit-server unpinned`,
  rows: pairs.flatMap(rows),
  raw: pairs.map(({ connections, token, bare }) => ({
    connections,
    token: { ...token, ratePerSecond: rate(token) },
    bare: { ...bare, ratePerSecond: rate(bare) },
  })),
});
// @livekit/rtc-node keeps native handles open after disconnecting; the run is over.
process.exit(0);
