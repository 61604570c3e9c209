import "server-only";
import { TrackSource } from "livekit-server-sdk";
import { isOnStage, type StageRole } from "@/lib/live/roles";

/**
 * Every LiveKit participant permission Hearth sets, each one explicit: LiveKit treats an omitted
 * `canPublish` as allowed, and `updateParticipant` replaces the whole set, so a field left out of
 * an update would silently fall back to LiveKit's default.
 */
export type StagePermission = {
  canSubscribe: boolean;
  canPublish: boolean;
  canPublishSources: TrackSource[];
  canPublishData: boolean;
  canUpdateMetadata: boolean;
  hidden: boolean;
  recorder: boolean;
};

/**
 * The one mapping from a stage role to what LiveKit lets the participant do, used both when
 * minting a join token and when a moderator changes someone's role while they are connected.
 * Everyone hears the room; only people on stage may publish, and only their microphone; nobody
 * publishes data or edits their own metadata or attributes (the server owns role and hand).
 */
export function stagePermissionFor(role: StageRole): StagePermission {
  const onStage = isOnStage(role);
  return {
    canSubscribe: true,
    canPublish: onStage,
    canPublishSources: onStage ? [TrackSource.MICROPHONE] : [],
    canPublishData: false,
    canUpdateMetadata: false,
    hidden: false,
    recorder: false,
  };
}

/**
 * What every join token grants, whatever the role: listening, nothing more. Publishing is raised by
 * the server with updateParticipant once the database confirms the role (see mint-token.ts).
 */
export function joinPermission(): StagePermission {
  return stagePermissionFor("listener");
}

/**
 * What a removed participant holds for the moment before LiveKit disconnects them: nothing. LiveKit
 * sends the participant a refreshed token after a permission change, so a client that reconnects
 * with that token cannot hear or speak either.
 */
export const REVOKED_PERMISSION: StagePermission = {
  canSubscribe: false,
  canPublish: false,
  canPublishSources: [],
  canPublishData: false,
  canUpdateMetadata: false,
  hidden: false,
  recorder: false,
};
