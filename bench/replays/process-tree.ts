import { readdirSync, readFileSync, readlinkSync } from "node:fs";

// CPU and memory of a set of processes, read from /proc (Linux): the Egress service and its
// per-recording `egress run-handler` processes.

const TICKS_PER_SECOND = 100;

export type ProcessSample = { pid: number; handler: boolean; cpuSeconds: number; rssMb: number };

/** Every live process running `binary` (an absolute path): Egress and its recording handlers. */
export function sampleProcesses(binary: string): ProcessSample[] {
  const samples: ProcessSample[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/exe`) !== binary) continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
      // Fields after the command name (which may hold spaces) in /proc/pid/stat: utime is 14th.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]);
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      samples.push({
        pid: Number(entry),
        handler: cmdline.includes("run-handler"),
        cpuSeconds: ticks / TICKS_PER_SECOND,
        rssMb: Number(rss?.[1] ?? 0) / 1024,
      });
    } catch {
      // The process ended while it was read.
    }
  }
  return samples;
}

/** CPU seconds this process's finished children used (ffmpeg runs), from /proc/self/stat. */
export function childrenCpuSeconds(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}
