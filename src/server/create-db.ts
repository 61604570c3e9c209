import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import { PrismaClient } from "@/generated/prisma/client";

/** A Prisma Client on the pg driver adapter; secrets are left out of results unless selected. */
export function createDb(connectionString: string, max: number) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    omit: { user: { passwordHash: true }, invite: { codeHash: true } },
  });
}

export type Db = ReturnType<typeof createDb>;

/**
 * The app's client or one of its interactive transactions (same omit settings, so the same model
 * types): what a helper takes when it must run inside its caller's transaction.
 */
export type DbOrTx = Omit<Db, ITXClientDenyList>;
