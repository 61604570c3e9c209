// bundle — first-load JavaScript (gzipped) of the room page and the hallway, from the running
// production build.
import { benchDb, createHostedRoom, createMembers } from "../lib/app-data";
import { benchEnv } from "../lib/env";
import { startRun, type MetricRow } from "../lib/results";
import { measureFirstLoad, type FirstLoad } from "./first-load";

const BUDGET_KB = 250;

const run = startRun();
const db = benchDb();
const { room } = await createHostedRoom(db, "Bundle benchmark");
const [viewer] = await createMembers(db, 1, "bundlebench");
await db.$disconnect();
if (!viewer) throw new Error("no bench member was created");

const pages = [
  { label: "room page /rooms/[roomId]", path: `/rooms/${room.id}`, budgeted: true },
  { label: "hallway /", path: "/", budgeted: false },
];
const measured: (FirstLoad & { label: string; budgeted: boolean })[] = [];
for (const page of pages) {
  measured.push({
    ...page,
    ...(await measureFirstLoad(benchEnv.appUrl(), page.path, viewer.cookie)),
  });
}

const kb = (bytes: number) => Math.round(bytes / 100) / 10;
const rows: MetricRow[] = measured.map((page) => ({
  metric: `bundle: ${page.label} first-load JS, KB gzip (HTTP ${page.status}, +${kb(page.inlineScriptGzipBytes)} KB inline RSC payload)`,
  samples: page.chunks.length,
  p50: Number.NaN,
  p95: Number.NaN,
  max: kb(page.gzipBytes),
  budget: page.budgeted ? `≤ ${BUDGET_KB} KB` : "—",
  withinBudget: page.budgeted ? page.status === 200 && page.gzipBytes / 1000 <= BUDGET_KB : null,
}));

const broken = measured.filter((page) => page.status !== 200);
run.finish({
  name: "bundle",
  status: broken.length === 0 ? "ok" : "failed",
  note:
    broken.length === 0
      ? "samples = script files; the size is in the max column (1 KB = 1,000 bytes)"
      : `HTTP ${broken.map((page) => `${page.status} for ${page.path}`).join(", ")}`,
  rows,
  raw: measured,
});
