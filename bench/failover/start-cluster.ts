// Starts the cluster of scripts/lib/cluster.sh on the bench build and exports its addresses into
// this process, as scripts/test.sh does for the cluster tests.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");

export async function startCluster(dir: string, distDir: string): Promise<() => Promise<void>> {
  const script = `source scripts/lib/common.sh && source scripts/lib/cluster.sh && start_cluster "$1" "$2"`;
  // Its own PostgreSQL, not the bench's: the cluster's is restartable and durable. Its data lives
  // in a directory of its own under /tmp, which the postgres user may enter (the run directory is
  // private to the user running the bench), as in scripts/test.sh.
  const pgDir = mkdtempSync(path.join(tmpdir(), "hearth-bench-cluster-pg."));
  await run("bash", ["-c", script, "start-cluster", dir, distDir], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", CLUSTER_SWEEP_SECONDS: "30", CLUSTER_PG_DIR: pgDir },
    maxBuffer: 16 * 1024 * 1024,
  });
  for (const line of readFileSync(path.join(dir, "cluster.env"), "utf8").split("\n")) {
    for (const [, name, value] of line.matchAll(/(\w+)='([^']*)'/g)) {
      if (name && value !== undefined) process.env[name] = value;
    }
  }
  // The app's own modules, loaded after this, read these names: point them at the cluster.
  process.env.DATABASE_URL = process.env.CLUSTER_DATABASE_URL;
  process.env.AUTH_SECRET = process.env.CLUSTER_AUTH_SECRET;
  process.env.APP_URL = process.env.CLUSTER_APP_URL;
  const stop = `source scripts/lib/common.sh && source scripts/lib/cluster.sh && stop_cluster "$1"`;
  let stopped = false;
  // A run that throws halfway must not leave the cluster running on the machine.
  process.on("exit", () => {
    if (stopped) return;
    execFileSync("bash", ["-c", stop, "stop-cluster", dir], { cwd: ROOT, stdio: "ignore" });
    rmSync(pgDir, { recursive: true, force: true });
  });
  return async () => {
    await run("bash", ["-c", stop, "stop-cluster", dir], { cwd: ROOT });
    rmSync(pgDir, { recursive: true, force: true });
    stopped = true;
  };
}
