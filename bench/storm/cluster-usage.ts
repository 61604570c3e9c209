// CPU of every tier of the cluster while a step runs, read from /proc once a second: each app
// instance, PostgreSQL (the postmaster and its backends), each livekit-server node, HAProxy, Redis,
// this process (the load generator: rtc-node's native threads run inside it) and the machine as a
// whole; and this process's event-loop delay, which rises when the load generator falls behind.
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export const TIERS = [
  "app1",
  "app2",
  "postgres",
  "lk1",
  "lk2",
  "haproxy",
  "redis",
  "loadGenerator",
] as const;
export type Tier = (typeof TIERS)[number];

export type StepUsage = {
  /** Mean over the step, % of one core (a multi-threaded process can pass 100). */
  meanPercent: Record<Tier, number>;
  /** The busiest second of the step, % of one core. */
  peakPercent: Record<Tier, number>;
  /**
   * Everything else on the machine (other people's work on a shared machine, the kernel), % of one
   * core: the machine's busy time less the tiers above.
   */
  otherPercent: number;
  /** The whole machine, % of all its cores: mean and busiest second. */
  machineMeanPercent: number;
  machinePeakPercent: number;
  cores: number;
  /** The load generator's event loop: how late its timers and callbacks ran, ms. */
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
  /**
   * The load generator's busiest threads over the step (name as the kernel shows it, % of one
   * core): a single thread near 100% is a limit no spare core lifts.
   */
  loadGeneratorThreads: { name: string; percent: number }[];
};

/** CPU ticks of each of this process's threads, by thread id. */
function threadTicks(): Map<string, { name: string; ticks: number }> {
  const threads = new Map<string, { name: string; ticks: number }>();
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      threads.set(tid, { name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The thread ended while it was read.
    }
  }
  return threads;
}

function statFields(pid: number): string[] {
  // Fields after the command name (which may contain spaces).
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

function ownTicks(pid: number, withReapedChildren = false): number {
  const fields = statFields(pid);
  // utime, stime; then cutime, cstime: children that exited and were waited for.
  const own = Number(fields[11]) + Number(fields[12]);
  return withReapedChildren ? own + Number(fields[13]) + Number(fields[14]) : own;
}

/** PostgreSQL's CPU: the postmaster, the backends it forked that run now, and those that ended. */
function postgresTicks(postmaster: number): number {
  let ticks = ownTicks(postmaster, true);
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = statFields(Number(entry));
      if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The backend ended while it was read: its time is in the postmaster's cutime now.
    }
  }
  return ticks;
}

function machineTicks(): { busy: number; total: number } {
  const [, ...values] = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "").split(/\s+/);
  const numbers = values.filter(Boolean).map(Number);
  const total = numbers.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const idle = (numbers[3] ?? 0) + (numbers[4] ?? 0);
  return { busy: total - idle, total };
}

/** The pids of the cluster's processes, from the launchers' pid files of scripts/lib/cluster.sh. */
export function clusterPids(clusterDir: string): { tierPid: (tier: Tier) => number } {
  const pidFile = (name: string) =>
    Number(readFileSync(path.join(clusterDir, "pids", `${name}.pid`), "utf8").trim());
  const launcher = readFileSync(path.join(clusterDir, "bin", "postgres.sh"), "utf8");
  const dataDir = /-D '([^']+)'/.exec(launcher)?.[1];
  if (!dataDir) throw new Error("no data directory in the cluster's postgres.sh");
  const postmaster = Number(
    readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0],
  );
  return {
    // Read each time: a restarted process has a new pid.
    tierPid: (tier) =>
      tier === "postgres" ? postmaster : tier === "loadGenerator" ? process.pid : pidFile(tier),
  };
}

type Snapshot = {
  at: number;
  ticks: Record<Tier, number>;
  machine: { busy: number; total: number };
};

function snapshot(tierPid: (tier: Tier) => number): Snapshot {
  const ticks = {} as Record<Tier, number>;
  for (const tier of TIERS) {
    try {
      const pid = tierPid(tier);
      ticks[tier] = tier === "postgres" ? postgresTicks(pid) : ownTicks(pid);
    } catch {
      ticks[tier] = Number.NaN;
    }
  }
  return { at: performance.now(), ticks, machine: machineTicks() };
}

function percentBetween(a: Snapshot, b: Snapshot, tier: Tier): number {
  const seconds = Math.max(0.001, (b.at - a.at) / 1000);
  return Math.round(((b.ticks[tier] - a.ticks[tier]) / TICKS_PER_SECOND / seconds) * 100);
}

function machineBetween(a: Snapshot, b: Snapshot): number {
  const total = b.machine.total - a.machine.total;
  return total > 0 ? Math.round(((b.machine.busy - a.machine.busy) / total) * 100) : Number.NaN;
}

/** Samples every tier once a second until stop(). */
export function watchCluster(tierPid: (tier: Tier) => number): { stop: () => StepUsage } {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const threadsBefore = threadTicks();
  const snapshots = [snapshot(tierPid)];
  const timer = setInterval(() => snapshots.push(snapshot(tierPid)), 1_000);
  return {
    stop() {
      clearInterval(timer);
      loop.disable();
      snapshots.push(snapshot(tierPid));
      const first = snapshots[0] as Snapshot;
      const last = snapshots.at(-1) as Snapshot;
      // Whole seconds only: the stub between the last tick and stop() is too short to be a rate.
      const pairs = snapshots
        .slice(1)
        .map((b, i) => [snapshots[i] as Snapshot, b] as const)
        .filter(([a, b]) => b.at - a.at >= 500);
      const meanPercent = {} as Record<Tier, number>;
      const peakPercent = {} as Record<Tier, number>;
      for (const tier of TIERS) {
        meanPercent[tier] = percentBetween(first, last, tier);
        peakPercent[tier] = Math.max(
          meanPercent[tier],
          ...pairs.map(([a, b]) => percentBetween(a, b, tier)),
        );
      }
      const cores = availableParallelism();
      const machineMean = machineBetween(first, last);
      const ours = TIERS.reduce(
        (sum, tier) => sum + (Number.isFinite(meanPercent[tier]) ? meanPercent[tier] : 0),
        0,
      );
      return {
        meanPercent,
        peakPercent,
        otherPercent: Math.max(0, Math.round(machineMean * cores - ours)),
        machineMeanPercent: machineMean,
        machinePeakPercent: Math.max(
          machineBetween(first, last),
          ...pairs.map(([a, b]) => machineBetween(a, b)),
        ),
        cores,
        eventLoopDelayP99Ms: Math.round(loop.percentile(99) / 1e6),
        eventLoopDelayMaxMs: Math.round(loop.max / 1e6),
        loadGeneratorThreads: busiestThreads(threadsBefore, (last.at - first.at) / 1000),
      };
    },
  };
}

/** The five busiest threads of this process since `before` (threads born since count from 0). */
function busiestThreads(
  before: Map<string, { name: string; ticks: number }>,
  seconds: number,
): { name: string; percent: number }[] {
  return [...threadTicks().entries()]
    .map(([tid, now]) => ({
      name: now.name,
      percent: Math.round(
        ((now.ticks - (before.get(tid)?.ticks ?? 0)) /
          TICKS_PER_SECOND /
          Math.max(0.001, seconds)) *
          100,
      ),
    }))
    .sort((a, b) => b.percent - a.percent)
    .slice(0, 5);
}
