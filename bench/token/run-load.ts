import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { benchEnv } from "../lib/env";
import type { LoadOutcome, LoadPlan } from "./load";

const LOAD_SCRIPT = path.resolve(import.meta.dirname, "load.ts");

/** Runs one autocannon load in its own process, pinned with taskset to `core`. */
export function runLoad(plan: LoadPlan, core: string): LoadOutcome {
  const planFile = path.join(benchEnv.runDir(), `load-${plan.connections}-${plan.method}.json`);
  writeFileSync(planFile, JSON.stringify(plan));
  const run = spawnSync(
    "taskset",
    ["-c", core, path.resolve("node_modules/.bin/tsx"), LOAD_SCRIPT, planFile],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] },
  );
  if (run.status !== 0) throw new Error(`load generator failed (exit ${run.status})`);
  return JSON.parse(run.stdout) as LoadOutcome;
}
