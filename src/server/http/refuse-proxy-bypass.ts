import "server-only";
import { networkInterfaces } from "node:os";
import { getEnv } from "@/env";
import { EnvError, proxyBypassProblems } from "@/lib/env-schema";

/**
 * Stops a production server that trusts X-Forwarded-For (TRUSTED_PROXY_HOPS > 0) while it also
 * listens on a public address, where clients can reach it without the proxy. Run at start-up,
 * before the server takes requests.
 */
export function refuseProxyBypass(): void {
  const addresses = Object.values(networkInterfaces()).flatMap((list) =>
    (list ?? []).map((entry) => entry.address),
  );
  const problems = proxyBypassProblems(getEnv(), addresses);
  if (problems.length > 0) throw new EnvError(problems);
}
