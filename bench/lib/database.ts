import { spawnSync } from "node:child_process";
import pg from "pg";
import { benchEnv } from "./env";

export async function withAdminClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: benchEnv.adminDatabaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** An empty, migrated database on the bench's own PostgreSQL server; returns its URL. */
export async function createMigratedDatabase(name: string): Promise<string> {
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(benchEnv.adminDatabaseUrl());
  url.pathname = `/${name}`;
  runNpmScript("db:migrate", url.toString());
  return url.toString();
}

/** Runs one of the project's npm scripts against a database, failing loudly. */
export function runNpmScript(script: string, databaseUrl: string): void {
  const run = spawnSync("npm", ["run", "--silent", script], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (run.status !== 0) throw new Error(`npm run ${script} failed (exit ${run.status})`);
}
