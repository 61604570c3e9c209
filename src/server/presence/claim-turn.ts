import "server-only";
import { db } from "@/server/db";

/**
 * True for exactly one caller per interval, across every app instance: how the periodic presence
 * sweep and the stage guard run once per interval however many instances tick. The advisory lock
 * lets exactly one instance look at a time (the others return at once instead of queueing on the
 * row); the stored time of the last turn is what spaces turns an interval apart.
 */
export async function claimTurn(key: string, minIntervalMs: number): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtext(${"hearth:" + key})) AS locked`;
      if (!lock?.locked) return false;
      const now = new Date();
      const dueBefore = new Date(now.getTime() - minIntervalMs);
      const claimed = await tx.$queryRaw<{ key: string }[]>`
        INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${key}, 1, ${now})
        ON CONFLICT (key) DO UPDATE SET count = "RateLimit".count + 1, "windowStart" = ${now}
          WHERE "RateLimit"."windowStart" <= ${dueBefore}
        RETURNING key`;
      return claimed.length > 0;
    },
    // A busy pool may take a while to hand out a connection; a sweep can wait, unlike a request.
    { maxWait: 10_000, timeout: 10_000 },
  );
}
