// token profile — drives POST /api/rooms/<id>/token for 15 s at 10 connections against an app you
// started yourself under the CPU profiler, then prints the load's outcome. By hand, not in the table:
//   NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/token-prof" npx next start -p $PORT   (then)
//   APP_URL=… DATABASE_URL=… LIVEKIT_URL=… BENCH_RUN_DIR=/tmp npx tsx --conditions=react-server \
//     bench/token/profile.ts
// Stop the app with Ctrl-C (SIGINT) so Node writes the profile, then summarise it with
// `npx tsx bench/lib/summarize-cpuprofile.ts /tmp/token-prof/*.cpuprofile`.
import { benchDb, createHostedRoom, createMembers } from "../lib/app-data";
import { waitUntil } from "../lib/app-client";
import { benchEnv } from "../lib/env";
import { joinAsSpeaker } from "../lib/rtc-host";
import { runLoad } from "./run-load";

const db = benchDb();
const { host, room } = await createHostedRoom(db, "Token profile");
const members = await createMembers(db, 200, "tokenprofile");
const speaker = await joinAsSpeaker(room.id, host.cookie);
await waitUntil("the host's presence webhook", async () => {
  const counts = await db.room.findUniqueOrThrow({
    where: { id: room.id },
    select: { speakerCount: true },
  });
  return counts.speakerCount > 0;
});
try {
  const plan = {
    url: benchEnv.appUrl(),
    method: "POST" as const,
    path: `/api/rooms/${room.id}/token`,
    connections: 10,
    durationSeconds: 15,
    cookies: members.map((member) => member.cookie),
  };
  const outcome = runLoad(plan, process.env.LOAD_CORE ?? "1");
  const sorted = [...outcome.latenciesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(
    `${Math.round(outcome.requests / outcome.durationSeconds)} req/s, p50 ${at(0.5)} ms, ` +
      `p99 ${at(0.99)} ms, statuses ${JSON.stringify(outcome.statusCounts)}`,
  );
} finally {
  await speaker.stop();
  await db.$disconnect();
}
