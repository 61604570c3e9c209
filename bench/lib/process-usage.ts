import { readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function cpuTicks(pid: number): number {
  // Fields after the command name (which may contain spaces): utime and stime are 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
}

export type Usage = { cpuPercentOfOneCore: number; peakRssMb: number };

/** Samples a process's CPU (as % of one core) and resident memory until stop() is called. */
export function watchProcess(pid: number): { stop: () => Usage } {
  const started = performance.now();
  const startTicks = cpuTicks(pid);
  let peakRssMb = rssMb(pid);
  // Kept current each second, so a process that exits before stop() still has its CPU counted.
  let lastTicks = startTicks;
  let lastAt = started;
  const timer = setInterval(() => {
    try {
      peakRssMb = Math.max(peakRssMb, rssMb(pid));
      lastTicks = cpuTicks(pid);
      lastAt = performance.now();
    } catch {
      clearInterval(timer); // the process ended
    }
  }, 1000);
  return {
    stop() {
      clearInterval(timer);
      try {
        lastTicks = cpuTicks(pid);
        lastAt = performance.now();
      } catch {
        // ended: its CPU up to the last sample is all we have
      }
      const seconds = Math.max(0.001, (lastAt - started) / 1000);
      return {
        cpuPercentOfOneCore: Math.round(
          ((lastTicks - startTicks) / TICKS_PER_SECOND / seconds) * 100,
        ),
        peakRssMb,
      };
    },
  };
}
