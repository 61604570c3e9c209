import "server-only";
import { AccessToken } from "livekit-server-sdk";
import { livekitCredentials } from "@/server/livekit/config";
import { participantAttributes } from "@/lib/live/attributes";
import type { StageRole } from "@/lib/live/roles";
import { joinPermission, stagePermissionFor } from "@/server/livekit/permissions";
import { sessionStampAttribute } from "@/server/livekit/session-stamp";

export type MintTokenOptions = {
  roomName: string;
  /** The user's opaque id, never an email or anything from the request. */
  identity: string;
  displayName: string;
  role: StageRole;
  /**
   * The account's session version the token is minted for (the caller's session is current):
   * stamped into the token's attributes, so a token kept past a password change or "sign out
   * everywhere" is removed by the judge (session-stamp.ts).
   */
  sessionVersion: number;
  attributes?: Record<string, string>;
  /**
   * Whether the token itself carries the role's publish rights. Live rooms say false (their
   * speakers are raised by the server after joining, see below); a voice-match call, where nobody
   * is ever moved off a stage, keeps the role's grants.
   */
  publishAtJoin?: boolean;
  /** How long the token may be used to connect; a join ticket lives shorter than a join's token. */
  ttlSeconds?: number;
};

// LiveKit refreshes a connected participant's token itself, so this only bounds how long a leaked
// token can be used to join; bans are enforced when the next token is minted.
const TOKEN_TTL_SECONDS = 5 * 60;

/**
 * Mints a join token. For a live room (`publishAtJoin: false`) its attributes carry the stored role
 * but its grants never let anyone publish, whatever the role: people on stage get publish rights from the server once they are in LiveKit
 * (stage/grant-stage-rights.ts, the participant_joined judge, the sweeps). LiveKit hands every
 * session a refresh token copied from the grants presented, so a token that could publish would
 * let someone moved to the audience renew their publish rights without end; a join token cannot.
 * Every grant field is explicit because LiveKit treats an omitted `canPublish` as allowed.
 */
export async function mintToken(options: MintTokenOptions): Promise<string> {
  const { apiKey, apiSecret } = livekitCredentials();
  const permission =
    options.publishAtJoin === false ? joinPermission() : stagePermissionFor(options.role);
  const token = new AccessToken(apiKey, apiSecret, {
    identity: options.identity,
    name: options.displayName,
    ttl: options.ttlSeconds ?? TOKEN_TTL_SECONDS,
    attributes: {
      ...options.attributes,
      ...participantAttributes({ role: options.role }),
      ...sessionStampAttribute(options.identity, options.sessionVersion),
    },
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
