import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

/** A Prisma Client on the pg driver adapter; secrets are left out of results unless selected. */
export function createDb(connectionString: string, max: number) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    omit: { user: { passwordHash: true }, invite: { codeHash: true } },
  });
}

export type Db = ReturnType<typeof createDb>;
