// hallway — findHallway for a member who follows 200 people and is in 20 clubs, on the large seed
// (100k users, 10k live rooms): p50/p95 over 200 runs, and EXPLAIN ANALYZE of its queries.
import { createMigratedDatabase, runNpmScript } from "../lib/database";
import { startRun, writeArtifact } from "../lib/results";
import { round, summarize } from "../lib/stats";
import { explainHallway } from "./explain";
import { LARGE_SEED_VIEWER } from "./viewer";

const DATABASE = "hearth_bench_large";
const WARMUP_RUNS = 10;
const RUNS = 200;

const run = startRun();
const databaseUrl = await createMigratedDatabase(DATABASE);
const seedStarted = performance.now();
runNpmScript("db:seed:large", databaseUrl);
const seedSeconds = round((performance.now() - seedStarted) / 1000);

// The app's own db module reads DATABASE_URL on first use, so point it at the large seed first.
process.env.DATABASE_URL = databaseUrl;
const { db } = await import("@/server/db");
const { findHallway } = await import("@/server/rooms/find-hallway");

const viewer = await db.user.findUniqueOrThrow({
  where: { username: LARGE_SEED_VIEWER },
  select: { id: true },
});
let liveShown = 0;
for (let i = 0; i < WARMUP_RUNS; i++)
  liveShown = (await findHallway({ viewerId: viewer.id })).live.length;
const samples: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  await findHallway({ viewerId: viewer.id });
  samples.push(round(performance.now() - started, 3));
}
await db.$disconnect();

const explainFile = writeArtifact(
  "hallway-explain.txt",
  await explainHallway(DATABASE, databaseUrl),
);
const summary = summarize(samples);
const result = run.finish({
  name: "hallway",
  status: "ok",
  note: `seeded in ${seedSeconds} s; ${liveShown} live rooms returned; plans in ${explainFile}`,
  rows: [
    {
      metric: "hallway: findHallway, 10k live rooms, 100k users (ms)",
      samples: summary.samples,
      p50: summary.p50,
      p95: summary.p95,
      max: summary.max,
      budget: "p50 ≤ 20 ms",
      withinBudget: summary.p50 <= 20,
    },
  ],
  raw: { seedSeconds, warmupRuns: WARMUP_RUNS, samplesMs: samples, summary },
});
console.error(`hallway: p50 ${result.rows[0]?.p50} ms, p95 ${result.rows[0]?.p95} ms`);
