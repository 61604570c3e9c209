import "server-only";
import http from "node:http";
import https from "node:https";
import { refuseProxyBypass } from "@/server/http/refuse-proxy-bypass";
import { PEER_ADDRESS_HEADER } from "@/server/rate-limit/client-ip";

let installed = false;

/**
 * Stamps every incoming request with the address of its TCP peer, before Next.js sees it. Next.js
 * route handlers cannot read the socket, and Next.js only adds X-Forwarded-For when the client sent
 * none, so without this a client could choose the address its sign-in attempts are counted under.
 * Any value the client sent in the same header is overwritten. First, the server refuses to start
 * when it trusts a proxy's X-Forwarded-For yet can be reached around that proxy.
 */
export function stampPeerAddresses(): void {
  if (installed) return;
  refuseProxyBypass();
  installed = true;
  for (const prototype of [http.Server.prototype, https.Server.prototype]) {
    // Called below with each server as `this`, exactly as Node calls it.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const emit = prototype.emit;
    prototype.emit = function stampPeer(
      this: http.Server,
      event: string | symbol,
      ...args: unknown[]
    ) {
      const request = args[0];
      if (event === "request" && request instanceof http.IncomingMessage) {
        request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
      }
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    };
  }
}
