import "server-only";
import { getEnv } from "@/env";
import { createDb, type Db } from "@/server/create-db";

// One client per process; dev hot reloads would otherwise open a pool per reload.
const globalForDb = globalThis as unknown as { hearthDb?: Db };
export const db: Db =
  globalForDb.hearthDb ?? createDb(getEnv().DATABASE_URL, getEnv().DATABASE_POOL_MAX);
if (getEnv().NODE_ENV !== "production") globalForDb.hearthDb = db;
