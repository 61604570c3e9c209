import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "@/env";

function createDb() {
  const env = getEnv();
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX });
  // Secrets never leave the database unless a query selects them by name.
  return new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true }, invite: { codeHash: true } },
  });
}

export type Db = ReturnType<typeof createDb>;

// One client per process; dev hot reloads would otherwise open a pool per reload.
const globalForDb = globalThis as unknown as { hearthDb?: Db };
export const db: Db = globalForDb.hearthDb ?? createDb();
if (getEnv().NODE_ENV !== "production") globalForDb.hearthDb = db;
