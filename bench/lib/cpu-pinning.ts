import { execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";

/** Pins every thread of a running process to the given cores (taskset -a -p). */
export function pinProcess(pid: number, cores: string): void {
  execFileSync("taskset", ["-a", "-p", "-c", cores, String(pid)], { stdio: "ignore" });
}

export function allCores(): string {
  return `0-${availableParallelism() - 1}`;
}
