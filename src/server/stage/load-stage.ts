import "server-only";
import type { DbOrTx } from "@/server/create-db";
import type { Prisma, RoomRole, RoomStatus } from "@/generated/prisma/client";
import { MODERATOR_ROOM_ROLES } from "@/lib/live/roles";
import { AppError } from "@/server/errors";
import { lockRoom } from "@/server/rooms/lock-room";
import { roomReachSql, viewerParam } from "@/server/rooms/room-access";

export type StageMember = {
  userId: string;
  role: RoomRole;
  handRaisedAt: Date | null;
  leftAt: Date | null;
  bannedAt: Date | null;
  /** A pending invitation to speak (see isSpeakInviteLive for whether it still stands). */
  speakInvitedAt: Date | null;
  speakInvitedById: string | null;
};

export type StageRoom = {
  id: string;
  status: RoomStatus;
  handRaisingOn: boolean;
  speakerLimit: number;
};

export type Stage = { room: StageRoom; actor: StageMember | null; target: StageMember | null };

export type LoadStageOptions = {
  roomId: string;
  actorId: string;
  targetId?: string;
  /**
   * Take the room's row lock first, so every stage change in one room (and presence, which takes
   * the same lock) runs one after another: the speaker-limit count and "already on stage" checks
   * then see every change committed before them, and cannot be raced.
   */
  lock: boolean;
  /** The moderation log stays readable after the room ends; every stage change needs it live. */
  requireLive: boolean;
};

const memberSelect = {
  userId: true,
  role: true,
  handRaisedAt: true,
  leftAt: true,
  bannedAt: true,
  speakInvitedAt: true,
  speakInvitedById: true,
} satisfies Prisma.RoomParticipantSelect;

/**
 * The one gate for every stage use case: the room as the actor may see it (404 otherwise, so a
 * closed room does not reveal itself), live, and the actor's and target's places in it. The actor
 * may be absent from the room's participants (then they hold no power here); a removed actor is
 * refused outright.
 */
export async function loadStage(tx: DbOrTx, options: LoadStageOptions): Promise<Stage> {
  const { roomId, actorId, targetId } = options;
  if (options.lock) await lockRoom(tx, roomId);
  // The room-access policy; a removed actor reaches the room, to be told so below.
  const [room] = await tx.$queryRaw<StageRoom[]>`
    SELECT r.id, r.status, r."handRaisingOn", r."speakerLimit" FROM "Room" r
    WHERE r.id = ${roomId}::uuid AND ${roomReachSql({ viewer: viewerParam(actorId) })}`;
  if (!room) {
    throw new AppError("NOT_FOUND", {
      message: `stage: room ${roomId} not visible to ${actorId}`,
      key: "roomNotAccessible",
    });
  }
  if (options.requireLive && room.status !== "LIVE") {
    throw new AppError("CONFLICT", {
      message: `stage: room ${roomId} is ${room.status}`,
      key: "roomNotLive",
    });
  }
  const userIds = targetId && targetId !== actorId ? [actorId, targetId] : [actorId];
  const members = await tx.roomParticipant.findMany({
    where: { roomId, userId: { in: userIds } },
    select: memberSelect,
  });
  const actor = members.find((member) => member.userId === actorId) ?? null;
  if (actor?.bannedAt) {
    throw new AppError("FORBIDDEN", {
      message: `stage: ${actorId} was removed from ${roomId}`,
      key: "removedFromRoom",
    });
  }
  const target = targetId ? (members.find((member) => member.userId === targetId) ?? null) : null;
  return { room, actor, target };
}

/** The actor, if they moderate this room (its host or one of its moderators); 403 otherwise. */
export function requireModerator(stage: Stage): StageMember {
  if (stage.actor && MODERATOR_ROOM_ROLES.includes(stage.actor.role)) return stage.actor;
  throw new AppError("FORBIDDEN", {
    message: `stage: ${stage.actor?.userId ?? "a non-participant"} is not a moderator of ${stage.room.id}`,
    key: "moderatorsOnly",
  });
}

/** The person the action is about: someone in this room who has not been removed from it. */
export function requireTarget(stage: Stage): StageMember {
  if (stage.target && !stage.target.bannedAt) return stage.target;
  throw new AppError("NOT_FOUND", {
    message: `stage: target not in room ${stage.room.id}`,
    key: "personNotInRoom",
  });
}

// What was tried, as the `hostProtected` message's {action} selects it.
const HOST_ACTIONS = {
  "moved to the audience": "moved",
  removed: "removed",
  muted: "muted",
  demoted: "demoted",
} as const;

/**
 * The host's place is theirs alone: no moderator demotes, moves, mutes or removes them.
 * `doing` completes "The host can't be …" for the refusal.
 */
export function protectHost(
  actor: StageMember,
  target: StageMember,
  doing: keyof typeof HOST_ACTIONS,
): void {
  if (target.role !== "HOST" || target.userId === actor.userId) return;
  throw new AppError("FORBIDDEN", {
    message: `stage: ${actor.userId} tried to act on the host of a room (${doing})`,
    key: "hostProtected",
    values: { action: HOST_ACTIONS[doing] },
  });
}
