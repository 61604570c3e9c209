import "server-only";

// Prisma's codes for "the database is not there right now": cannot reach it, timed out reaching it,
// it closed the connection, or no pooled connection came free in time.
const PRISMA_UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// What @prisma/adapter-pg reports for a PostgreSQL that is down, restarting or full.
const ADAPTER_UNAVAILABLE = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
// Socket errors from the pg driver, and PostgreSQL's own "shutting down / starting up" answers
// (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now; class 08: connection).
const DRIVER_UNAVAILABLE = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|57P0[123]|08\w{3})$/;

/**
 * True when an error means PostgreSQL is unreachable for a moment (restart, failover) rather than a
 * bug: such requests are answered 503 with Retry-After, so clients retry instead of giving up.
 * Walks the cause chain, since the driver's error arrives wrapped by the adapter and by Prisma.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === "object" && current !== null && !seen.has(current)) {
    seen.add(current);
    const name: unknown = Reflect.get(current, "name");
    const code: unknown = Reflect.get(current, "code");
    const kind: unknown = Reflect.get(current, "kind");
    const originalCode: unknown = Reflect.get(current, "originalCode");
    if (name === "PrismaClientInitializationError") return true;
    if (typeof code === "string" && (PRISMA_UNAVAILABLE.has(code) || DRIVER_UNAVAILABLE.test(code)))
      return true;
    if (typeof kind === "string" && ADAPTER_UNAVAILABLE.has(kind)) return true;
    if (typeof originalCode === "string" && DRIVER_UNAVAILABLE.test(originalCode)) return true;
    const meta: unknown = Reflect.get(current, "meta");
    const adapterError: unknown =
      typeof meta === "object" && meta !== null
        ? Reflect.get(meta, "driverAdapterError")
        : undefined;
    const cause: unknown = Reflect.get(current, "cause");
    current = adapterError ?? cause;
  }
  return false;
}
