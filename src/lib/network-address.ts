// Which addresses a server listening on HOSTNAME can be reached at, and which of those the internet
// can route to. Pure, so start-up checks (src/lib/env-schema.ts) are unit-tested without a network.

const WILDCARDS = new Set(["", "0.0.0.0", "::", "[::]", "*"]);

/** `localhost`, 127.0.0.0/8 or ::1: only this machine reaches a server listening there. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

function ipv4Octets(address: string): number[] | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (!match) return null;
  const octets = match.slice(1).map(Number);
  return octets.every((octet) => octet <= 255) ? octets : null;
}

/**
 * Whether an IP address is one the internet routes to. Not public: loopback, RFC 1918 private
 * ranges, carrier-grade NAT (100.64/10), link-local, the documentation ranges, IPv6 unique-local
 * (fc00::/7) and link-local (fe80::/10). A name that is not an address counts as public: it cannot
 * be checked without resolving it.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").toLowerCase();
  const mapped = bare.startsWith("::ffff:") ? bare.slice(7) : bare;
  const octets = ipv4Octets(mapped);
  if (octets) {
    const [a = 0, b = 0, c = 0] = octets;
    if (a === 0 || a === 10 || a === 127) return false;
    if (a === 100 && b >= 64 && b <= 127) return false;
    if (a === 169 && b === 254) return false;
    if (a === 172 && b >= 16 && b <= 31) return false;
    if (a === 192 && b === 168) return false;
    if (a === 192 && b === 0 && (c === 0 || c === 2)) return false;
    if (a === 198 && (b === 18 || b === 19)) return false;
    if (a === 198 && b === 51 && c === 100) return false;
    if (a === 203 && b === 0 && c === 113) return false;
    return true;
  }
  if (bare.includes(":")) {
    if (bare === "::1" || bare === "::") return false;
    if (/^f[cd][0-9a-f]{2}:/.test(bare)) return false;
    if (/^fe[89ab][0-9a-f]:/.test(bare)) return false;
    if (bare.startsWith("2001:db8:")) return false;
    return true;
  }
  return !isLoopbackHost(bare);
}

/**
 * The public addresses a server is reachable at when it listens on `hostname` (Next.js's standalone
 * server binds HOSTNAME, and every interface when it is unset) on a machine with these interface
 * addresses.
 */
export function publicListeningAddresses(
  hostname: string | undefined,
  interfaceAddresses: readonly string[],
): string[] {
  const host = (hostname ?? "").trim();
  if (isLoopbackHost(host)) return [];
  const bound = WILDCARDS.has(host) ? interfaceAddresses : [host];
  return bound.filter(isPublicAddress);
}
