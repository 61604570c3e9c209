import "server-only";

/**
 * The caller's address for rate limiting. Hearth runs behind one trusted proxy (or none, on
 * loopback): the proxy's X-Forwarded-For entry is the client's.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}
