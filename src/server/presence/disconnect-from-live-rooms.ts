import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { roomService } from "@/server/livekit/room-service";

export type DisconnectFromLiveRoomsOptions = {
  userId: string;
  /** Only these rooms (say, one club's); every live room when omitted. */
  rooms?: Prisma.RoomWhereInput;
};

/**
 * Takes someone out of the live rooms they have joined, now rather than at the next sweep: called
 * right after Postgres took their access away (account disabled, removed from a club, taken off a
 * closed room's guest list). A token they still hold is refused on its next join by the
 * participant_joined judge. Returns the rooms they were taken out of.
 */
export async function disconnectFromLiveRooms({
  userId,
  rooms = {},
}: DisconnectFromLiveRoomsOptions): Promise<string[]> {
  const live = await db.room.findMany({
    where: { AND: [rooms, { status: "LIVE", participants: { some: { userId } } }] },
    select: { id: true },
  });
  await Promise.all(
    live.map(async ({ id }) => {
      try {
        await roomService().removeParticipant(id, userId);
      } catch (error) {
        // Not connected right now: nothing to take away.
        if (!isLivekitNotFound(error)) throw error;
      }
    }),
  );
  return live.map(({ id }) => id);
}
