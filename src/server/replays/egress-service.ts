import "server-only";
import { EgressClient } from "livekit-server-sdk";
import { livekitApiUrl, livekitCredentials } from "@/server/livekit/config";

let client: EgressClient | undefined;

/** LiveKit's Egress API (served by livekit-server, carried out by Egress through Redis). */
export function egressService(): EgressClient {
  const { apiKey, apiSecret } = livekitCredentials();
  client ??= new EgressClient(livekitApiUrl(), apiKey, apiSecret);
  return client;
}
