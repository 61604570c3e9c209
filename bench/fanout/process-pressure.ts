import { readdirSync, readFileSync } from "node:fs";

/** Open file descriptors of a process (0 once it has ended). */
function openFiles(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return 0;
  }
}

/** Nanoseconds every thread of a process spent waiting for a CPU (/proc/<pid>/task/<tid>/schedstat). */
function runQueueWaitNs(pid: number): number {
  let total = 0;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[1]);
      } catch {
        // the thread ended between the listing and the read
      }
    }
  } catch {
    // the process ended
  }
  return total;
}

export type Pressure = {
  peakOpenFiles: number;
  /** Its threads' time waiting for a core, as % of wall time: other work on the core it was given. */
  runQueueWaitPercent: number;
};

/**
 * Samples, once a second, a process's open files (its limit is the machine's hard limit, 20,000 on
 * the bench's machine) and the time its threads waited for a core, until stop().
 */
export function watchPressure(pid: number): { stop: () => Pressure } {
  const started = performance.now();
  const startWait = runQueueWaitNs(pid);
  let lastWait = startWait;
  let peakOpenFiles = openFiles(pid);
  const timer = setInterval(() => {
    peakOpenFiles = Math.max(peakOpenFiles, openFiles(pid));
    lastWait = Math.max(lastWait, runQueueWaitNs(pid));
  }, 1000);
  return {
    stop() {
      clearInterval(timer);
      lastWait = Math.max(lastWait, runQueueWaitNs(pid));
      const wallNs = Math.max(1, performance.now() - started) * 1e6;
      return {
        peakOpenFiles,
        runQueueWaitPercent: Math.round(((lastWait - startWait) / wallNs) * 100),
      };
    },
  };
}

function coreTicks(): Map<string, { busy: number; total: number }> {
  const cores = new Map<string, { busy: number; total: number }>();
  for (const line of readFileSync("/proc/stat", "utf8").split("\n")) {
    const match = /^cpu(\d+) (.*)$/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
      match[2].trim().split(/\s+/).map(Number);
    const busy = user + nice + system + irq + softirq + steal;
    cores.set(match[1], { busy, total: busy + idle + iowait });
  }
  return cores;
}

/** How busy each core was, in %, between the call and stop(): whoever used it, the bench or not. */
export function watchCores(): { stop: () => Record<string, number> } {
  const before = coreTicks();
  return {
    stop() {
      const busy: Record<string, number> = {};
      for (const [core, now] of coreTicks()) {
        const then = before.get(core);
        if (!then || now.total === then.total) continue;
        busy[core] = Math.round(((now.busy - then.busy) / (now.total - then.total)) * 100);
      }
      return busy;
    },
  };
}
