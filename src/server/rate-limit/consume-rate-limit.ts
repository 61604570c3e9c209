import "server-only";
import type { ErrorKey } from "@/lib/error-key";
import { db } from "@/server/db";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";

export type ConsumeRateLimitOptions = {
  key: string;
  limit: number;
  windowMs: number;
  /** Said to the caller when over the limit: an `errors` message that takes the wait as {seconds}. */
  messageKey: ErrorKey;
};

type Counter = { count: number; windowStart: Date };

/**
 * Counts one action under `key` in a fixed window and refuses it (429 with Retry-After) past `limit`. One statement
 * in Postgres, so concurrent requests on any app instance share the counter.
 */
export async function consumeRateLimit(options: ConsumeRateLimitOptions): Promise<void> {
  const now = new Date();
  const windowOpenedAfter = new Date(now.getTime() - options.windowMs);
  const [counter] = await db.$queryRaw<Counter[]>`
    INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${options.key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."windowStart" <= ${windowOpenedAfter} THEN 1
                   ELSE "RateLimit".count + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowOpenedAfter} THEN ${now}
                           ELSE "RateLimit"."windowStart" END
    RETURNING count, "windowStart"`;
  if (!counter || counter.count <= options.limit) return;
  const waitMs = counter.windowStart.getTime() + options.windowMs - now.getTime();
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  throw new RateLimitedError(seconds, {
    message: `rate limit ${options.key}: ${counter.count} > ${options.limit}`,
    key: options.messageKey,
  });
}
