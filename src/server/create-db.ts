import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import { PrismaClient } from "@/generated/prisma/client";

// A hot raw statement that starts with `/* prepared: <name> */` is prepared once per connection
// under that name, so PostgreSQL stops parsing and planning it on every call (the join's statement
// took about 3 ms to plan and under 1 ms to run). Everything else stays unnamed: pg reads an empty
// name as none.
const PREPARED_MARK = /^\s*\/\* prepared: ([a-z-]+) \*\//;

/** A Prisma Client on the pg driver adapter; secrets are left out of results unless selected. */
export function createDb(connectionString: string, max: number) {
  return new PrismaClient({
    adapter: new PrismaPg(
      { connectionString, max },
      { statementNameGenerator: (query) => PREPARED_MARK.exec(query.sql)?.[1] ?? "" },
    ),
    omit: { user: { passwordHash: true }, invite: { codeHash: true } },
  });
}

export type Db = ReturnType<typeof createDb>;

/**
 * The app's client or one of its interactive transactions (same omit settings, so the same model
 * types): what a helper takes when it must run inside its caller's transaction.
 */
export type DbOrTx = Omit<Db, ITXClientDenyList>;
