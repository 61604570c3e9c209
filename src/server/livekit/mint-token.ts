import "server-only";
import { AccessToken } from "livekit-server-sdk";
import { livekitCredentials } from "@/server/livekit/config";
import { participantAttributes } from "@/lib/live/attributes";
import type { StageRole } from "@/lib/live/roles";
import { stagePermissionFor } from "@/server/livekit/permissions";

export type MintTokenOptions = {
  roomName: string;
  /** The user's opaque id, never an email or anything from the request. */
  identity: string;
  displayName: string;
  role: StageRole;
  attributes?: Record<string, string>;
};

// LiveKit refreshes a connected participant's token itself, so this only bounds how long a leaked
// token can be used to join; bans are enforced when the next token is minted.
const TOKEN_TTL_SECONDS = 5 * 60;

/**
 * Mints a join token whose grants match the role. Every grant field is explicit because LiveKit
 * treats an omitted `canPublish` as allowed.
 */
export async function mintToken(options: MintTokenOptions): Promise<string> {
  const { apiKey, apiSecret } = livekitCredentials();
  const permission = stagePermissionFor(options.role);
  const token = new AccessToken(apiKey, apiSecret, {
    identity: options.identity,
    name: options.displayName,
    ttl: TOKEN_TTL_SECONDS,
    attributes: { ...options.attributes, ...participantAttributes({ role: options.role }) },
  });
  token.addGrant({
    room: options.roomName,
    roomJoin: true,
    roomCreate: false,
    roomList: false,
    roomRecord: false,
    roomAdmin: false,
    ingressAdmin: false,
    hidden: permission.hidden,
    recorder: permission.recorder,
    canSubscribe: permission.canSubscribe,
    canPublish: permission.canPublish,
    canPublishSources: permission.canPublishSources,
    canPublishData: permission.canPublishData,
    canUpdateOwnMetadata: permission.canUpdateMetadata,
  });
  return token.toJwt();
}
