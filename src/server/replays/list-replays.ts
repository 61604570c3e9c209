import "server-only";
import type { Prisma, ReplayStatus } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { notBannedFrom, roomsVisibleTo } from "@/server/rooms/room-access";

export type ListReplaysOptions = {
  viewerId: string;
  /** Replays of the rooms this member hosted (their profile) or of this club's rooms. */
  of: { hostId: string } | { clubId: string };
  limit?: number;
};

export type ReplaySummary = {
  roomId: string;
  title: string;
  status: Extract<ReplayStatus, "READY" | "PROCESSING">;
  durationMs: number | null;
  endedAt: Date | null;
};

const listedStatuses = ["READY", "PROCESSING"] as const satisfies ReplayStatus[];

/**
 * The replays a viewer may play (or soon play), newest first: the same visibility as the rooms
 * themselves, so a closed or club room's replay is listed only for people who could have entered.
 */
export async function listReplays({
  viewerId,
  of,
  limit = 20,
}: ListReplaysOptions): Promise<ReplaySummary[]> {
  const owner: Prisma.RoomWhereInput =
    "hostId" in of ? { createdById: of.hostId } : { clubId: of.clubId };
  const rows = await db.replay.findMany({
    where: {
      status: { in: [...listedStatuses] },
      // A recorded room has a PROCESSING replay from its first track; it is listed once it ends.
      room: { status: "ENDED", AND: [owner, roomsVisibleTo(viewerId), notBannedFrom(viewerId)] },
    },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      roomId: true,
      status: true,
      durationMs: true,
      room: { select: { title: true, endedAt: true } },
    },
  });
  return rows.flatMap((row) =>
    row.status === "READY" || row.status === "PROCESSING"
      ? [
          {
            roomId: row.roomId,
            title: row.room.title,
            status: row.status,
            durationMs: row.durationMs,
            endedAt: row.room.endedAt,
          },
        ]
      : [],
  );
}
