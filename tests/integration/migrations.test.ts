import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { checksumOf, migrate } from "../../scripts/lib/migrator";
import { prismaClientFor } from "../fixtures/prisma-client";
import { ALL_MODELS, roundTripEveryModel } from "../fixtures/round-trip-every-model";
import {
  createDatabase,
  dropDatabase,
  migrationsDir,
  uniqueDatabaseName,
} from "../support/test-database";

const created: string[] = [];
async function emptyDatabase(): Promise<string> {
  const name = uniqueDatabaseName("hearth_migrate");
  created.push(name);
  return createDatabase(name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "hearth-migrations-"));
  await cp(migrationsDir, dir, { recursive: true });
  return dir;
}

afterAll(async () => {
  for (const name of created) await dropDatabase(name);
});

describe("db:migrate", () => {
  it("migrations build the whole schema on an empty database", async () => {
    const url = await emptyDatabase();

    const first = await migrate({ connectionString: url, migrationsDir });
    expect(first.applied).toContain("20261122000000_init");

    const second = await migrate({ connectionString: url, migrationsDir });
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(first.applied);

    const rows = await query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished_at: Date | null;
    }>(
      url,
      `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toHaveLength(first.applied.length);
    for (const row of rows) {
      const sql = await readFile(
        path.join(migrationsDir, row.migration_name, "migration.sql"),
        "utf8",
      );
      expect(row.checksum).toBe(checksumOf(sql));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
    }

    const prisma = prismaClientFor(url);
    try {
      expect(await roundTripEveryModel(prisma)).toEqual(ALL_MODELS);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("an edited migration is refused", async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    await migrate({ connectionString: url, migrationsDir: dir });

    await mkdir(path.join(dir, "29990101000000_later"));
    await writeFile(
      path.join(dir, "29990101000000_later", "migration.sql"),
      'CREATE TABLE "Later" (id INT);',
    );
    await appendFile(path.join(dir, "20261122000000_init", "migration.sql"), "\n-- edited\n");

    await expect(migrate({ connectionString: url, migrationsDir: dir })).rejects.toThrow(
      /20261122000000_init was edited after it was applied/,
    );
    const later = await query(url, `SELECT to_regclass('"Later"') AS t`);
    expect(later).toEqual([{ t: null }]);
  });

  it("a failing migration leaves no trace", async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    await mkdir(path.join(dir, "29990101000000_broken"));
    await writeFile(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      'CREATE TABLE "Half" (id INT);\nSELECT * FROM "NoSuchTable";',
    );

    await expect(migrate({ connectionString: url, migrationsDir: dir })).rejects.toThrow(
      /29990101000000_broken failed and was rolled back/,
    );
    expect(await query(url, `SELECT to_regclass('"Half"') AS t`)).toEqual([{ t: null }]);
    const recorded = await query<{ migration_name: string }>(
      url,
      `SELECT migration_name FROM "_prisma_migrations"`,
    );
    const real = (await readdir(migrationsDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(recorded.map((r) => r.migration_name).sort()).toEqual(real);
  });
});
