import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/server/create-db";
import { AppError } from "@/server/errors";

/*
 * Who sees a backchannel thread (docs/backchannel.md): its members, as long as no block stands
 * between any two of them, either way. A block hides the whole thread from everyone in it and
 * closes it to writing; lifting the block brings it back as it was.
 */

/** `thread` names the "BackchannelThread" row (or any expression of its id) in the query. */
export function threadUnblockedSql(threadId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM "BackchannelMember" tba
    JOIN "BackchannelMember" tbb ON tbb."threadId" = tba."threadId"
    JOIN "Block" tbl ON tbl."blockerId" = tba."userId" AND tbl."blockedId" = tbb."userId"
    WHERE tba."threadId" = ${threadId})`;
}

/**
 * Confirms the member may read and write the thread; anything else is "not found", so a thread one
 * was blocked out of reads as if it never existed.
 */
export async function assertThreadOpenTo(
  tx: DbOrTx,
  { threadId, userId }: { threadId: string; userId: string },
): Promise<void> {
  const rows = await tx.$queryRaw<{ ok: number }[]>`
    SELECT 1 AS ok FROM "BackchannelMember" m
    WHERE m."threadId" = ${threadId}::uuid AND m."userId" = ${userId}::uuid
      AND ${threadUnblockedSql(Prisma.sql`m."threadId"`)}`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", { key: "threadNotFound" });
}
