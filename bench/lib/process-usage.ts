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
  const startTicks = cpuTicks(pid);
  const started = performance.now();
  let peakRssMb = rssMb(pid);
  const timer = setInterval(() => {
    try {
      peakRssMb = Math.max(peakRssMb, rssMb(pid));
    } catch {
      clearInterval(timer); // the process ended
    }
  }, 1000);
  return {
    stop() {
      clearInterval(timer);
      let ticks = startTicks;
      try {
        ticks = cpuTicks(pid);
      } catch {
        // ended: its CPU up to the last sample is all we have
      }
      const seconds = (performance.now() - started) / 1000;
      return {
        cpuPercentOfOneCore: Math.round(((ticks - startTicks) / TICKS_PER_SECOND / seconds) * 100),
        peakRssMb,
      };
    },
  };
}
