import "server-only";
import { RoomServiceClient } from "livekit-server-sdk";
import { livekitApiUrl, livekitCredentials } from "@/server/livekit/config";

let client: RoomServiceClient | undefined;

/** The server-side handle on LiveKit rooms: create, list participants, update permissions, remove. */
export function roomService(): RoomServiceClient {
  const { apiKey, apiSecret } = livekitCredentials();
  client ??= new RoomServiceClient(livekitApiUrl(), apiKey, apiSecret);
  return client;
}
