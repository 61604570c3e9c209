import { z } from "zod/mini";
import type { RoomRole } from "@/generated/prisma/enums";

// A person's place in a live room. Postgres stores it as a RoomRole ("HOST"); LiveKit tokens, the
// `role` participant attribute and the UI spell it as a StageRole ("host"). `stageRoleOf` is the
// one mapping between the two.

export const STAGE_ROLES = ["host", "moderator", "speaker", "listener"] as const;
export type StageRole = (typeof STAGE_ROLES)[number];
export const stageRoleSchema = z.enum(STAGE_ROLES);

const STAGE_ROLE_OF: Record<RoomRole, StageRole> = {
  HOST: "host",
  MODERATOR: "moderator",
  SPEAKER: "speaker",
  LISTENER: "listener",
};

/** The stored role as LiveKit and the browser spell it. */
export function stageRoleOf(role: RoomRole): StageRole {
  return STAGE_ROLE_OF[role];
}

/** Stored roles with a seat on stage: they may publish their microphone. */
export const ON_STAGE_ROOM_ROLES: readonly RoomRole[] = ["HOST", "MODERATOR", "SPEAKER"];

/** Stored roles that run the room: the host and the moderators. */
export const MODERATOR_ROOM_ROLES: readonly RoomRole[] = ["HOST", "MODERATOR"];

export function isOnStage(role: StageRole): boolean {
  return role !== "listener";
}

export function isModerator(role: StageRole): boolean {
  return role === "host" || role === "moderator";
}
