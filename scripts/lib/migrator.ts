import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Applies prisma/migrations/*/migration.sql without Prisma's schema engine, keeping the
// `_prisma_migrations` bookkeeping exactly as `prisma migrate deploy` does so both tools agree.

export class MigrationError extends Error {
  override name = "MigrationError";
}

export type MigrateOptions = {
  connectionString: string;
  migrationsDir: string;
  log?: (line: string) => void;
};

export type MigrateResult = { applied: string[]; alreadyApplied: string[] };

type Migration = { name: string; sql: string; checksum: string };
type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

// The same advisory lock key Prisma takes, so a concurrent `prisma migrate deploy` waits for us.
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

async function readMigrations(migrationsDir: string): Promise<Migration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

function checkHistory(migrations: Migration[], applied: AppliedRow[]): void {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  for (const row of applied) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration ${row.migration_name} started but never finished. Fix the database by hand, then mark it rolled back.`,
      );
    }
    const file = byName.get(row.migration_name);
    if (file && file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was edited after it was applied (checksum ${row.checksum} in the database, ${file.checksum} on disk). Restore the file and add a new migration instead.`,
      );
    }
  }
}

async function applyOne(client: pg.Client, migration: Migration): Promise<void> {
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new MigrationError(
      `Migration ${migration.name} failed and was rolled back: ${String(error)}`,
    );
  }
}

/** Applies every pending migration in order, each in its own transaction; idempotent. */
export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const log = options.log ?? (() => undefined);
  const migrations = await readMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(CREATE_BOOKKEEPING);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    checkHistory(migrations, rows);
    const done = new Set(
      rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name),
    );
    const pending = migrations.filter((m) => !done.has(m.name));
    for (const migration of pending) {
      log(`applying ${migration.name}`);
      await applyOne(client, migration);
    }
    return {
      applied: pending.map((m) => m.name),
      alreadyApplied: migrations.filter((m) => done.has(m.name)).map((m) => m.name),
    };
  } finally {
    await client
      .query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK])
      .catch(() => undefined);
    await client.end();
  }
}
