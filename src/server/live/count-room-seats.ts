import "server-only";
import { db } from "@/server/db";
import { ON_STAGE_ROOM_ROLES } from "@/lib/live/roles";
import { roomsVisibleTo } from "@/server/rooms/room-access";

export type CountRoomSeatsOptions = { roomId: string; viewerId: string };

/** How many other people are present on the stage and in the audience of a room. */
export type RoomSeats = { stage: number; audience: number };

/**
 * The room page's first paint reserves one placeholder tile per person already there, so the
 * stage and the audience do not grow when LiveKit fills them in. The viewer is left out (the page
 * seats them by the role it was given). A count, not a list: it says nothing about who is there.
 */
export async function countRoomSeats({
  roomId,
  viewerId,
}: CountRoomSeatsOptions): Promise<RoomSeats> {
  const present = {
    roomId,
    leftAt: null,
    bannedAt: null,
    userId: { not: viewerId },
    room: { AND: [roomsVisibleTo(viewerId)] },
  };
  const [stage, all] = await Promise.all([
    db.roomParticipant.count({ where: { ...present, role: { in: [...ON_STAGE_ROOM_ROLES] } } }),
    db.roomParticipant.count({ where: present }),
  ]);
  return { stage, audience: all - stage };
}
