import "server-only";
import type { RoomStatus } from "@/generated/prisma/client";
import type { CreateRoomInput } from "@/lib/validations/rooms";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { notifyNamedGuests } from "@/server/notifications/notify-named-guests";
import { notifyRoomStarted } from "@/server/notifications/notify-room-started";
import { resolveGuests } from "@/server/rooms/resolve-guests";
import { resolveUsernames } from "@/server/rooms/resolve-usernames";

export type CreateRoomOptions = { actorId: string; input: CreateRoomInput };

export type CreatedRoom = { id: string; status: RoomStatus };

/**
 * Starts a room now (live, with the creator as host) or schedules it. Club rooms need the creator
 * to be an admin of the club; closed rooms admit only the people listed here or added later. The
 * co-hosts and speakers named join as moderators and on stage (and are on a closed room's list). A
 * room started now tells the host's followers (and a closed room's invitees) in the same transaction.
 */
export async function createRoom({ actorId, input }: CreateRoomOptions): Promise<CreatedRoom> {
  if (input.visibility === "CLUB") await assertMayStartClubRoom(actorId, input.clubId);
  const guests = await resolveGuests(actorId, input);
  // A closed room admits its list: the co-hosts and speakers named are on it too.
  const invitees =
    input.visibility === "CLOSED"
      ? [
          ...new Set([
            ...(await resolveUsernames(input.invitees, actorId)),
            ...guests.map((guest) => guest.userId),
          ]),
        ]
      : [];
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
        guests: { create: guests },
      },
      select: { id: true, status: true },
    });
    await notifyNamedGuests(tx, { roomId: room.id, hostId: actorId, guests });
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
