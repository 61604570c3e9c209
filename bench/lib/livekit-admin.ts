import { RoomServiceClient } from "livekit-server-sdk";
import { benchEnv } from "./env";

/** The bench's livekit-server, over its HTTP API (for checks only; the app does the real work). */
export function livekitAdmin(): RoomServiceClient {
  const httpUrl = benchEnv.livekitUrl().replace(/^ws/, "http");
  return new RoomServiceClient(httpUrl, benchEnv.livekitKey(), benchEnv.livekitSecret());
}

/** Whether `identity` is in the room and publishing at least one track. */
export async function isPublishing(roomName: string, identity: string): Promise<boolean> {
  const participants = await livekitAdmin()
    .listParticipants(roomName)
    .catch(() => []);
  return participants.some((p) => p.identity === identity && p.tracks.length > 0);
}
