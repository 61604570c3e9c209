import { spawnSync } from "node:child_process";
import { openSync, readSync, statSync, closeSync } from "node:fs";
import path from "node:path";
import { withAdminClient } from "../lib/database";
import { benchEnv } from "../lib/env";

// auto_explain logs the plans of the exact statements findHallway sends (with its parameters), so
// the saved EXPLAIN ANALYZE is of the real queries, not of a hand-copied approximation.
const SETTINGS = [
  ["session_preload_libraries", "auto_explain"],
  ["auto_explain.log_min_duration", "0"],
  ["auto_explain.log_analyze", "on"],
  ["auto_explain.log_buffers", "on"],
  ["auto_explain.log_nested_statements", "on"],
] as const;

function readFrom(file: string, offset: number): string {
  const length = statSync(file).size - offset;
  if (length <= 0) return "";
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, "r");
  try {
    readSync(fd, buffer, 0, length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString("utf8");
}

/** EXPLAIN ANALYZE of every statement one findHallway call runs, as PostgreSQL logged them. */
export async function explainHallway(database: string, databaseUrl: string): Promise<string> {
  const log = benchEnv.postgresLog();
  await withAdminClient(async (client) => {
    for (const [name, value] of SETTINGS) {
      await client.query(`ALTER DATABASE "${database}" SET ${name} = '${value}'`);
    }
  });
  const offset = statSync(log).size;
  try {
    // A fresh process opens fresh connections, which are the ones that load auto_explain.
    const run = spawnSync(
      path.resolve("node_modules/.bin/tsx"),
      ["--conditions=react-server", path.resolve(import.meta.dirname, "run-once.ts")],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl },
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    if (run.status !== 0) throw new Error("the explain run of findHallway failed");
  } finally {
    await withAdminClient((client) => client.query(`ALTER DATABASE "${database}" RESET ALL`));
  }
  const logged = readFrom(log, offset);
  const start = logged.indexOf("duration:");
  return start === -1
    ? "auto_explain logged nothing (is auto_explain installed?)\n"
    : logged.slice(start);
}
