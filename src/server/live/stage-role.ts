import "server-only";
import type { RoomRole } from "@/generated/prisma/client";
import type { StageRole } from "@/server/livekit/mint-token";

const STAGE_ROLE: Record<RoomRole, StageRole> = {
  HOST: "host",
  MODERATOR: "moderator",
  SPEAKER: "speaker",
  LISTENER: "listener",
};

/** The role as LiveKit tokens and attributes spell it. */
export function stageRoleOf(role: RoomRole): StageRole {
  return STAGE_ROLE[role];
}

export const ON_STAGE_ROLES: RoomRole[] = ["HOST", "MODERATOR", "SPEAKER"];
