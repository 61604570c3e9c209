import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import { AccessToken } from "livekit-server-sdk";
import { bundleForBrowser } from "../lib/browser-bundle";
import { benchEnv } from "../lib/env";
import { livekitAdmin } from "../lib/livekit-admin";

export type FloorServer = { url: string; roomName: string; close: () => Promise<void> };

/**
 * A loopback server for the floor pages (bench/join/floor-page.ts bundled with livekit-client) and
 * their tokens, in a LiveKit room of its own on the same livekit-server as the app. The room's name
 * is not a Hearth room id, so the app's webhook leaves its participants alone. Not the app.
 * `otherRooms` may also be joined (?room=name): bench/join's LiveKit Meet room needs a speaker.
 */
export async function startFloorServer(otherRooms: string[] = []): Promise<FloorServer> {
  const roomName = `bench-floor-${randomBytes(4).toString("hex")}`;
  const page = bundleForBrowser(path.resolve(import.meta.dirname, "floor-page.ts"));
  // livekit.yaml turns room auto-creation off (only the app creates rooms), so the bench does too.
  for (const name of [roomName, ...otherRooms]) {
    await livekitAdmin().createRoom({ name, emptyTimeout: 300 });
  }
  let listeners = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/token") {
      const speaker = url.searchParams.get("role") === "speaker";
      const identity = speaker ? "floor-speaker" : `floor-listener-${listeners++}`;
      const asked = url.searchParams.get("room");
      const room = asked && otherRooms.includes(asked) ? asked : roomName;
      void ticket(room, identity, speaker).then((token) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ url: benchEnv.livekitUrl(), token }));
      });
      return;
    }
    if (url.pathname === "/page.js") {
      response.writeHead(200, { "content-type": "text/javascript" });
      response.end(page);
      return;
    }
    response.writeHead(200, { "content-type": "text/html" });
    response.end(
      '<!doctype html><meta charset="utf-8"><title>floor</title><script src="/page.js"></script>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("floor server has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    roomName,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function ticket(roomName: string, identity: string, canPublish: boolean): Promise<string> {
  const token = new AccessToken(benchEnv.livekitKey(), benchEnv.livekitSecret(), { identity });
  token.addGrant({
    room: roomName,
    roomJoin: true,
    canPublish,
    canSubscribe: true,
    canPublishData: false,
  });
  return token.toJwt();
}
