import "server-only";
import { db } from "@/server/db";

// A few free failures per key in a 15-minute window (more for an IP, which many people may share);
// after that each failure doubles the wait, from 15 s up to 15 min. Kept in Postgres so every app
// instance sees the same counters.
const FREE_FAILURES_PER_ACCOUNT = 5;
const FREE_FAILURES_PER_IP = 20;
const WINDOW_MS = 15 * 60 * 1000;
const FIRST_LOCK_MS = 15 * 1000;
const MAX_LOCK_MS = 15 * 60 * 1000;

export function lockDuration(key: string, failures: number): number {
  const free = key.includes(":ip:") ? FREE_FAILURES_PER_IP : FREE_FAILURES_PER_ACCOUNT;
  if (failures < free) return 0;
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - free));
}

/** Seconds the caller must wait before trying again under any of these keys, or 0. */
export async function secondsUntilAllowed(keys: string[]): Promise<number> {
  const now = new Date();
  const locked = await db.authThrottle.findFirst({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    orderBy: { lockedUntil: "desc" },
    select: { lockedUntil: true },
  });
  if (!locked?.lockedUntil) return 0;
  return Math.ceil((locked.lockedUntil.getTime() - now.getTime()) / 1000);
}

/** Counts a failure under each key in one statement per key, safe under concurrent failures. */
export async function recordFailure(keys: string[]): Promise<void> {
  const now = new Date();
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  await db.$transaction(
    keys.map(
      (key) => db.$executeRaw`
        INSERT INTO "AuthThrottle" (key, failures, "windowStart", "lockedUntil")
        VALUES (${key}, 1, ${now}, NULL)
        ON CONFLICT (key) DO UPDATE SET
          failures = CASE WHEN "AuthThrottle"."windowStart" < ${windowStart} THEN 1
                          ELSE "AuthThrottle".failures + 1 END,
          "windowStart" = CASE WHEN "AuthThrottle"."windowStart" < ${windowStart} THEN ${now}
                               ELSE "AuthThrottle"."windowStart" END`,
    ),
  );
  const rows = await db.authThrottle.findMany({ where: { key: { in: keys } } });
  await Promise.all(
    rows
      .filter((row) => lockDuration(row.key, row.failures) > 0)
      .map((row) =>
        db.authThrottle.update({
          where: { key: row.key },
          data: { lockedUntil: new Date(now.getTime() + lockDuration(row.key, row.failures)) },
        }),
      ),
  );
}

export async function clearFailures(keys: string[]): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key: { in: keys } } });
}
