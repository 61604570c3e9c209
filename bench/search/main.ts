// search — searchEverything (people, clubs, live and upcoming rooms) for the large seed's viewer
// (100k users, 2k clubs, 32k rooms): p50/p95 over 200 runs of typed and misspelt queries. The floor,
// measured in the same run on the same connection pool, is one indexed lookup of a person by
// username: a database round trip through the app's client and nothing else.
import { createMigratedDatabase, runNpmScript } from "../lib/database";
import { startRun } from "../lib/results";
import { round, summarize } from "../lib/stats";
import { LARGE_SEED_VIEWER } from "../hallway/viewer";

const DATABASE = "hearth_bench_search";
const WARMUP_RUNS = 20;
const RUNS = 200;
// What people type: whole names, misspellings, a word of a bio, a room subject, a prefix.
const QUERIES = [
  "Ariadnne",
  "Nora Quin",
  "Bartolomew",
  "jazz",
  "astronmy",
  "Kenji Tanaka",
  "karaoke",
  "teachers",
  "Valentna Silva",
  "chess",
];

const run = startRun();
const databaseUrl = await createMigratedDatabase(DATABASE);
runNpmScript("db:seed:large", databaseUrl);

process.env.DATABASE_URL = databaseUrl;
const { db } = await import("@/server/db");
const { searchEverything } = await import("@/server/search/search-everything");

const viewer = await db.user.findUniqueOrThrow({
  where: { username: LARGE_SEED_VIEWER },
  select: { id: true },
});

async function time(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return round(performance.now() - started, 3);
}

const search = (i: number) =>
  searchEverything({ viewerId: viewer.id, query: QUERIES[i % QUERIES.length] ?? "jazz" });
const floor = (i: number) =>
  db.user.findUnique({ where: { username: `large_${2 + i}` }, select: { id: true } });

for (let i = 0; i < WARMUP_RUNS; i++) {
  await search(i);
  await floor(i);
}
const searchSamples: number[] = [];
const floorSamples: number[] = [];
const found: Record<string, number> = {};
// Interleaved, so both see the same machine at the same moments.
for (let i = 0; i < RUNS; i++) {
  searchSamples.push(await time(() => search(i)));
  floorSamples.push(await time(() => floor(i)));
}
for (const [i, query] of QUERIES.entries()) {
  const results = await search(i);
  found[query] = results.people.length + results.clubs.length + results.rooms.length;
}
await db.$disconnect();

const searchSummary = summarize(searchSamples);
const floorSummary = summarize(floorSamples);
const ratio = round(searchSummary.p50 / floorSummary.p50, 1);
const result = run.finish({
  name: "search",
  status: "ok",
  note: `${QUERIES.length} queries, results per query: ${JSON.stringify(found)}`,
  rows: [
    {
      metric: `search: people, clubs and rooms on the large seed, ms (${ratio}× the floor's p50)`,
      samples: searchSummary.samples,
      p50: searchSummary.p50,
      p95: searchSummary.p95,
      max: searchSummary.max,
      budget: "p50 ≤ 20 ms",
      withinBudget: searchSummary.p50 <= 20,
    },
    {
      metric: "search · floor: one person by username, same client, ms",
      samples: floorSummary.samples,
      p50: floorSummary.p50,
      p95: floorSummary.p95,
      max: floorSummary.max,
      budget: "reference",
      withinBudget: null,
    },
  ],
  raw: { queries: QUERIES, found, searchSamplesMs: searchSamples, floorSamplesMs: floorSamples },
});
console.error(`search: p50 ${result.rows[0]?.p50} ms (floor ${result.rows[1]?.p50} ms)`);
