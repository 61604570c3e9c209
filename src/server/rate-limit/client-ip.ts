import "server-only";
import { getEnv } from "@/env";

/**
 * The header carrying the address of the TCP peer that sent a request. Set on every request by
 * the server itself (src/server/http/peer-address.ts), overwriting whatever a client sent, so it is
 * the one address in a request that no client can choose.
 */
export const PEER_ADDRESS_HEADER = "x-hearth-peer-address";

/**
 * The caller's address for throttling: the address the outermost trusted proxy saw. Each of
 * TRUSTED_PROXY_HOPS proxies appends the address it received from to X-Forwarded-For, so reading
 * from the right (the connection's own peer last) skips exactly the entries trusted proxies wrote;
 * anything further left was written by the client and is never used. With no proxies (0) it is
 * the connection's peer.
 */
export function clientIp(headers: Headers, trustedHops = getEnv().TRUSTED_PROXY_HOPS): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  // Without the server's own record of the peer nothing in the request can be trusted.
  if (!peer) return "unknown";
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  // Fewer entries than configured proxies: the leftmost one a proxy could have written.
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? peer;
}
