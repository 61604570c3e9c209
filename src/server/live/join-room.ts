import "server-only";
import { getEnv } from "@/env";
import { participantAttributes } from "@/lib/live/attributes";
import { ON_STAGE_ROOM_ROLES, stageRoleOf, type StageRole } from "@/lib/live/roles";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { ensureLivekitRoom } from "@/server/livekit/ensure-room";
import { mintToken } from "@/server/livekit/mint-token";
import { notBannedFrom, roomsVisibleTo } from "@/server/rooms/room-access";

export type JoinRoomOptions = { roomId: string; userId: string; displayName: string };

export type JoinedRoom = { serverUrl: string; token: string; role: StageRole };

/**
 * Lets a member into a live room: checks it is live, visible to them and that they were not removed
 * from it, records them as a participant (the creator as host, everyone else keeps the role they
 * had, listener at first), and mints a LiveKit token whose grants come from that stored role.
 */
export async function joinRoom({
  roomId,
  userId,
  displayName,
}: JoinRoomOptions): Promise<JoinedRoom> {
  const room = await db.room.findFirst({
    where: { id: roomId, AND: [roomsVisibleTo(userId), notBannedFrom(userId)] },
    select: {
      id: true,
      status: true,
      createdById: true,
      listenerCount: true,
      speakerCount: true,
      handRaisingOn: true,
    },
  });
  if (!room) throw await refusal(roomId, userId);
  if (room.status !== "LIVE") {
    throw new AppError("CONFLICT", {
      message: `join refused: room ${roomId} is ${room.status}`,
      userMessage:
        room.status === "SCHEDULED" ? "This room hasn't started yet." : "This room has ended.",
    });
  }

  const isHost = room.createdById === userId;
  const now = new Date();
  // Independent steps run together: this request sits between a click and the first sound.
  const [participant, followedBySpeakers] = await Promise.all([
    db.roomParticipant.upsert({
      where: { roomId_userId: { roomId, userId } },
      create: { roomId, userId, role: isHost ? "HOST" : "LISTENER", joinedAt: now, leftAt: null },
      // joinedAt marks this session, so a late "left" webhook from an older tab cannot undo it.
      update: { joinedAt: now, leftAt: null, ...(isHost ? { role: "HOST" } : {}) },
      select: { role: true, handRaisedAt: true, user: { select: { bio: true } } },
    }),
    !isHost && isFollowedByStage(roomId, userId),
    // The first joiner creates the LiveKit room with our timeouts; later ones find it there.
    // LiveKit never creates a room on connect (room.auto_create: false in livekit.yaml), so a token
    // replayed after the room ended cannot bring it back; if presence was wrong, the sweep repairs
    // the counts and the next joiner creates it.
    room.listenerCount + room.speakerCount === 0 &&
      ensureLivekitRoom({ roomName: roomId, handRaisingOn: room.handRaisingOn }),
  ]);

  const role = stageRoleOf(participant.role);
  const token = await mintToken({
    roomName: roomId,
    identity: userId,
    displayName,
    role,
    attributes: participantAttributes({
      followedBySpeakers: role === "listener" && followedBySpeakers,
      // Moderators read the queue from attributes: a line of bio helps them pick who comes up.
      bio: participant.user.bio,
      // A listener who reloads keeps their place in the queue.
      handRaisedAt: participant.handRaisedAt,
    }),
  });
  return { serverUrl: getEnv().LIVEKIT_URL, token, role };
}

/** A removed member is told so plainly; a room they may not see does not exist for them. */
async function refusal(roomId: string, userId: string): Promise<AppError> {
  const ban = await db.roomParticipant.findFirst({
    where: { roomId, userId, bannedAt: { not: null }, room: roomsVisibleTo(userId) },
    select: { bannedAt: true },
  });
  if (ban) {
    return new AppError("FORBIDDEN", {
      message: `join refused: ${userId} was removed from room ${roomId}`,
      userMessage: "You were removed from this room by its moderators and can't rejoin it.",
    });
  }
  return new AppError("NOT_FOUND", {
    message: `join refused: room ${roomId} not visible to ${userId}`,
    userMessage: "This room doesn't exist or you don't have access to it.",
  });
}

/** Clubhouse seats people the speakers follow at the front of the audience. */
async function isFollowedByStage(roomId: string, userId: string): Promise<boolean> {
  const follow = await db.follow.findFirst({
    where: {
      followeeId: userId,
      follower: {
        participations: {
          some: { roomId, role: { in: [...ON_STAGE_ROOM_ROLES] }, bannedAt: null },
        },
      },
    },
    select: { followerId: true },
  });
  return follow !== null;
}
