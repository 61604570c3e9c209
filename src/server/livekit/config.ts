import "server-only";
import { getEnv } from "@/env";

/** LiveKit's server API speaks HTTP on the same host and port as its WebSocket signalling. */
export function livekitApiUrl(): string {
  const env = getEnv();
  return (env.LIVEKIT_SERVER_URL ?? env.LIVEKIT_URL).replace(/^ws/, "http");
}

export function livekitCredentials(): { apiKey: string; apiSecret: string } {
  const env = getEnv();
  return { apiKey: env.LIVEKIT_API_KEY, apiSecret: env.LIVEKIT_API_SECRET };
}
