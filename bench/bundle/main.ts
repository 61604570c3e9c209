// bundle — first-load JavaScript (gzipped) of the room page and the hallway, from the running
// production build, and all the JavaScript a listener fetches until the room's first audio.
import { waitUntil } from "../lib/app-client";
import { benchDb, createHostedRoom, createMembers } from "../lib/app-data";
import { benchEnv } from "../lib/env";
import { isPublishing } from "../lib/livekit-admin";
import { startRun, type MetricRow } from "../lib/results";
import { joinAsSpeaker } from "../lib/rtc-host";
import { measureFirstLoad, type FirstLoad } from "./first-load";
import { measureUntilFirstAudio } from "./until-first-audio";

const BUDGET_KB = 250;

const run = startRun();
const db = benchDb();
const { host, room } = await createHostedRoom(db, "Bundle benchmark");
const [viewer, listener] = await createMembers(db, 2, "bundlebench");
await db.$disconnect();
if (!viewer || !listener) throw new Error("no bench member was created");

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

// A live room with sound, so the listener's page goes all the way to its first audio.
const speaker = await joinAsSpeaker(room.id, host.cookie);
const untilAudio = await (async () => {
  try {
    await waitUntil("the host to publish audio", () => isPublishing(room.id, host.id), 30_000);
    return await measureUntilFirstAudio(benchEnv.appUrl(), `/rooms/${room.id}`, listener.cookie);
  } finally {
    await speaker.stop();
  }
})();

const kb = (bytes: number) => Math.round(bytes / 100) / 10;
const firstLoadRows: MetricRow[] = measured.map((page) => ({
  metric:
    `bundle: ${page.label} first-load JS, KB gzip (HTTP ${page.status}, ` +
    `+${kb(page.inlineScriptGzipBytes)} KB inline RSC payload; ` +
    `${kb(page.noModuleChunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0))} KB of nomodule polyfills not counted)`,
  samples: page.chunks.length,
  p50: Number.NaN,
  p95: Number.NaN,
  max: kb(page.gzipBytes),
  budget: page.budgeted ? `≤ ${BUDGET_KB} KB` : "—",
  withinBudget: page.budgeted ? page.status === 200 && page.gzipBytes / 1000 <= BUDGET_KB : null,
}));
const rows: MetricRow[] = [
  ...firstLoadRows,
  {
    metric:
      "bundle: a listener's JavaScript until the room's first audio, KB gzip (room page opened " +
      "in a fresh browser; LiveKit's client and the live room included)",
    samples: untilAudio.scripts.length,
    p50: Number.NaN,
    p95: Number.NaN,
    max: kb(untilAudio.gzipBytes),
    budget: "—",
    withinBudget: null,
  },
];

const broken = measured.filter((page) => page.status !== 200);
run.finish({
  name: "bundle",
  status: broken.length === 0 ? "ok" : "failed",
  note:
    broken.length === 0
      ? "samples = script files; the size is in the max column (1 KB = 1,000 bytes)"
      : `HTTP ${broken.map((page) => `${page.status} for ${page.path}`).join(", ")}`,
  rows,
  raw: { firstLoad: measured, untilFirstAudio: untilAudio },
});
// @livekit/rtc-node keeps native handles open after disconnecting; the run is over.
process.exit(0);
