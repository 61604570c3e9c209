import { cpus, loadavg, totalmem } from "node:os";

export type Machine = {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  /** 1-minute load average when the benchmark started and ended: other work on the machine. */
  loadAtStart: number;
  loadAtEnd?: number;
  /** 1-minute load average before `npm run bench` started anything (bench/run.sh). */
  loadBeforeRun?: number;
};

export function describeMachine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1e9),
    node: process.version,
    loadAtStart: loadavg()[0] ?? 0,
    ...loadBeforeRun(),
  };
}

function loadBeforeRun(): { loadBeforeRun?: number } {
  const value = Number(process.env.BENCH_LOAD_BEFORE_RUN);
  return Number.isFinite(value) && process.env.BENCH_LOAD_BEFORE_RUN
    ? { loadBeforeRun: value }
    : {};
}

/**
 * A run is preliminary when something else kept the CPUs busy as it started (a load average above
 * half the cores), or when whoever runs it says so with BENCH_PRELIMINARY=1 (a shared machine).
 * Under bench/run.sh the load is the one before the suite started anything: the 1-minute average
 * decays slowly, so one benchmark's own finished work would otherwise mark the next one busy.
 */
export function isBusy(machine: Machine): boolean {
  const load = machine.loadBeforeRun ?? machine.loadAtStart;
  return process.env.BENCH_PRELIMINARY === "1" || load > machine.cores / 2;
}
