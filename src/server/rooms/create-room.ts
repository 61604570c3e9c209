import "server-only";
import type { RoomStatus } from "@/generated/prisma/client";
import type { CreateRoomInput } from "@/lib/validations/rooms";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { notifyRoomStarted } from "@/server/notifications/notify-room-started";
import { resolveUsernames } from "@/server/rooms/resolve-usernames";

export type CreateRoomOptions = { actorId: string; input: CreateRoomInput };

export type CreatedRoom = { id: string; status: RoomStatus };

/**
 * Starts a room now (live, with the creator as host) or schedules it. Club rooms need the creator
 * to be an admin of the club; closed rooms admit only the people listed here or added later. A room
 * started now tells the host's followers (and a closed room's invitees) in the same transaction.
 */
export async function createRoom({ actorId, input }: CreateRoomOptions): Promise<CreatedRoom> {
  if (input.visibility === "CLUB") await assertMayStartClubRoom(actorId, input.clubId);
  const invitees =
    input.visibility === "CLOSED" ? await resolveUsernames(input.invitees, actorId) : [];
  const isNow = input.scheduledFor === undefined;
  const now = new Date();

  return db.$transaction(async (tx) => {
    const room = await tx.room.create({
      data: {
        title: input.title,
        description: input.description,
        topic: input.topic,
        // Speech processing ruins singing: music and karaoke rooms start in music mode.
        musicMode: input.topic === "MUSIC_KARAOKE",
        visibility: input.visibility,
        clubId: input.visibility === "CLUB" ? (input.clubId ?? null) : null,
        handRaisingOn: input.handRaisingOn,
        recordReplay: input.recordReplay,
        speakerLimit: input.speakerLimit,
        createdById: actorId,
        status: isNow ? "LIVE" : "SCHEDULED",
        startedAt: isNow ? now : null,
        scheduledFor: input.scheduledFor ?? null,
        // The host is recorded now but counted present only once LiveKit says they joined.
        participants: { create: { userId: actorId, role: "HOST", leftAt: now } },
        invites: { create: invitees.map((userId) => ({ userId })) },
      },
      select: { id: true, status: true },
    });
    if (room.status === "LIVE") await notifyRoomStarted(tx, room.id);
    return room;
  });
}

async function assertMayStartClubRoom(actorId: string, clubId: string | undefined) {
  const admin = clubId
    ? await db.clubMember.findFirst({
        where: { clubId, userId: actorId, role: "ADMIN", status: "ACTIVE" },
        select: { userId: true },
      })
    : null;
  if (!admin) {
    throw new AppError("FORBIDDEN", {
      key: "clubAdminsStartRooms",
      field: "clubId",
    });
  }
}
