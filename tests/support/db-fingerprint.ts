import { db } from "@/server/db";

// A refused call must change nothing. Rather than guess which rows a call could touch, these
// helpers fingerprint every table of the test file's own database (tables other changes add are
// covered without being named here), and report which tables differ.

/**
 * Tables a refusal writes to on purpose: counting failed guesses and spent budgets is how the
 * throttles work (a wrong invite code must cost the guesser), so they are left out of "nothing
 * changed".
 */
export const THROTTLE_TABLES = ["AuthThrottle", "RateLimit"];

let tables: Promise<string[]> | undefined;

/** Every application table (Prisma's bookkeeping aside), read once from the catalogue. */
export function applicationTables(): Promise<string[]> {
  tables ??= db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name <> '_prisma_migrations'
      ORDER BY table_name`.then((rows) => rows.map((row) => row.table_name));
  return tables;
}

export type Fingerprint = Map<string, string>;

/** One hash per table over all its rows, in one round trip. */
export async function fingerprint(
  options: { except?: readonly string[] } = {},
): Promise<Fingerprint> {
  const except = new Set(options.except ?? []);
  const names = (await applicationTables()).filter((name) => !except.has(name));
  const query = names
    .map(
      (name) =>
        `SELECT '${name}' AS name, count(*)::text || ':' || ` +
        `md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${name}" t`,
    )
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ name: string; hash: string }[]>(query);
  return new Map(rows.map((row) => [row.name, row.hash]));
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Empties every application table and builds new rows in one transaction (one commit, and no
 * TRUNCATE locks: this runs hundreds of times). Foreign keys are not checked while deleting, so
 * the order of the tables does not matter.
 */
export async function withEmptyTables<T>(build: (tx: Tx) => Promise<T>): Promise<T> {
  const names = await applicationTables();
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
      for (const name of names) await tx.$executeRawUnsafe(`DELETE FROM "${name}"`);
      await tx.$executeRawUnsafe("SET LOCAL session_replication_role = origin");
      return build(tx);
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}

/** Empties every application table. */
export async function emptyAllTables(): Promise<void> {
  await withEmptyTables(() => Promise.resolve(undefined));
}
