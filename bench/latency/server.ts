import { createServer, type Server } from "node:http";
import path from "node:path";
import { AccessToken } from "livekit-server-sdk";
import { bundleForBrowser } from "../lib/browser-bundle";
import { benchEnv } from "../lib/env";
import { livekitAdmin } from "../lib/livekit-admin";

async function token(identity: string, roomName: string, canPublish: boolean): Promise<string> {
  const accessToken = new AccessToken(benchEnv.livekitKey(), benchEnv.livekitSecret(), {
    identity,
  });
  accessToken.addGrant({
    room: roomName,
    roomJoin: true,
    canPublish,
    canSubscribe: true,
    canPublishData: false,
  });
  return accessToken.toJwt();
}

/**
 * A tiny loopback server for the latency page: its HTML, the page and worklet bundled with esbuild
 * (livekit-client from node_modules), and tokens for one speaker and one listener. Not the app.
 */
export async function startLatencyServer(
  roomName: string,
): Promise<{ url: string; server: Server }> {
  const files: Record<string, [string, string]> = {
    "/": [
      "text/html",
      '<!doctype html><meta charset="utf-8"><title>latency</title><script src="/page.js"></script>',
    ],
    "/page.js": ["text/javascript", bundleForBrowser(path.resolve(import.meta.dirname, "page.ts"))],
    "/worklet.js": [
      "text/javascript",
      bundleForBrowser(path.resolve(import.meta.dirname, "onset-worklet.ts")),
    ],
  };
  // livekit.yaml turns room auto-creation off (only the app creates rooms), so the bench does too.
  await livekitAdmin().createRoom({ name: roomName, emptyTimeout: 300 });
  const server = createServer((request, response) => {
    if (request.url === "/tokens") {
      void Promise.all([token("speaker", roomName, true), token("listener", roomName, false)]).then(
        ([speaker, listener]) => {
          response.writeHead(200, { "content-type": "application/json" });
          response.end(JSON.stringify({ url: benchEnv.livekitUrl(), speaker, listener }));
        },
      );
      return;
    }
    const file = files[request.url ?? ""];
    response.writeHead(file ? 200 : 404, { "content-type": file?.[0] ?? "text/plain" });
    response.end(file?.[1] ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("latency server has no port");
  return { url: `http://127.0.0.1:${address.port}/`, server };
}
