// Starts the cluster of scripts/lib/cluster.sh on the bench build and exports its addresses into
// this process, as scripts/test.sh does for the cluster tests.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");

export async function startCluster(dir: string, distDir: string): Promise<() => Promise<void>> {
  const script = `source scripts/lib/common.sh && source scripts/lib/cluster.sh && start_cluster "$1" "$2"`;
  await run("bash", ["-c", script, "start-cluster", dir, distDir], {
    cwd: ROOT,
    // Its own PostgreSQL, not the bench's: the cluster's is restartable and durable.
    env: { ...process.env, DATABASE_URL: "", CLUSTER_SWEEP_SECONDS: "30" },
    maxBuffer: 16 * 1024 * 1024,
  });
  for (const line of readFileSync(path.join(dir, "cluster.env"), "utf8").split("\n")) {
    for (const [, name, value] of line.matchAll(/(\w+)='([^']*)'/g)) {
      if (name && value !== undefined) process.env[name] = value;
    }
  }
  return async () => {
    const stop = `source scripts/lib/common.sh && source scripts/lib/cluster.sh && stop_cluster "$1"`;
    await run("bash", ["-c", stop, "stop-cluster", dir], { cwd: ROOT });
  };
}
