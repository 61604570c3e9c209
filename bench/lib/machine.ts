import { cpus, loadavg, totalmem } from "node:os";

export type Machine = {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  /** 1-minute load average when the benchmark started and ended: other work on the machine. */
  loadAtStart: number;
  loadAtEnd?: number;
};

export function describeMachine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1e9),
    node: process.version,
    loadAtStart: loadavg()[0] ?? 0,
  };
}

/**
 * A run is preliminary when something else kept the CPUs busy as it started (a load average above
 * half the cores; an earlier benchmark of the same run can count too, the average decays over a
 * minute), or when whoever runs it says so with BENCH_PRELIMINARY=1 (a shared machine).
 */
export function isBusy(machine: Machine): boolean {
  return process.env.BENCH_PRELIMINARY === "1" || machine.loadAtStart > machine.cores / 2;
}
