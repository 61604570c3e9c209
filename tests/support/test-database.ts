import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { migrate } from "../../scripts/lib/migrator";

// The test command starts a throwaway PostgreSQL server and names it here.
export function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error("TEST_DATABASE_URL is missing: run the tests with `bash scripts/test.sh`.");
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString("hex")}`;
}

export async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(name: string, template?: string): Promise<string> {
  await withAdmin((client) =>
    client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`),
  );
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export async function createMigratedDatabase(name: string): Promise<string> {
  const url = await createDatabase(name);
  await migrate({ connectionString: url, migrationsDir });
  return url;
}
