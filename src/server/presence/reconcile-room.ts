import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { pushRoomMetadata } from "@/server/livekit/push-room-metadata";
import { roomService } from "@/server/livekit/room-service";
import { EMPTY_TIMEOUT_SECONDS } from "@/server/livekit/room-settings";
import { recountPresence } from "@/server/presence/recount-presence";
import { lockRoom } from "@/server/rooms/lock-room";
import { judgeParticipants, type LivekitParticipant } from "@/server/presence/judge-participant";

export type ReconcileRoomOptions = { roomId: string };

export type ReconciledRoom = {
  present: number;
  markedLeft: number;
  markedBack: number;
  ended: boolean;
};

// Someone who just got a token is not in LiveKit yet; give them this long to connect.
const JOIN_GRACE_MS = 30_000;

const uuid = z.uuid();

/**
 * Repairs a room's presence from LiveKit's own list of participants, for when a webhook was lost:
 * people LiveKit no longer has are marked gone, people it has are marked present, and counts are
 * recomputed. A live room LiveKit no longer knows, idle for longer than the empty timeout, ends.
 */
export async function reconcileRoom({ roomId }: ReconcileRoomOptions): Promise<ReconciledRoom> {
  const inLivekit = await listLivekitParticipants(roomId);
  const members = (inLivekit ?? []).filter((p) => uuid.safeParse(p.identity).success);
  const present = members.map((participant) => participant.identity);
  const now = new Date();
  const graceStart = new Date(now.getTime() - JOIN_GRACE_MS);
  const idleSince = new Date(now.getTime() - EMPTY_TIMEOUT_SECONDS * 1000);

  const reconciled = await db.$transaction(async (tx) => {
    await lockRoom(tx, roomId);
    const left = await tx.roomParticipant.updateMany({
      where: { roomId, leftAt: null, userId: { notIn: present }, joinedAt: { lt: graceStart } },
      data: { leftAt: now },
    });
    const back = await tx.roomParticipant.updateMany({
      where: { roomId, leftAt: { not: null }, bannedAt: null, userId: { in: present } },
      data: { leftAt: null },
    });
    const ended =
      inLivekit === null
        ? await tx.room.updateMany({
            where: {
              id: roomId,
              status: "LIVE",
              startedAt: { lt: idleSince },
              participants: { none: { joinedAt: { gte: idleSince } } },
            },
            data: { status: "ENDED", endedAt: now },
          })
        : { count: 0 };
    await recountPresence(tx, roomId);
    return {
      present: present.length,
      markedLeft: left.count,
      markedBack: back.count,
      ended: ended.count > 0,
    };
  });

  // Everyone LiveKit has in the room is judged against Postgres, as on joining: a webhook that
  // never arrived must not leave a replayed token's grants standing.
  if (members.length > 0) await judgeParticipants({ roomId, participants: members });
  // And the stage clients subscribe to, should a push have failed (or the room predate the list).
  if (inLivekit !== null) await pushRoomMetadata({ roomId });
  return reconciled;
}

/** The participants in the LiveKit room, or null when LiveKit has no such room. */
async function listLivekitParticipants(roomId: string): Promise<LivekitParticipant[] | null> {
  try {
    const participants = await roomService().listParticipants(roomId);
    if (participants.length > 0) return participants;
    // An empty list is also what LiveKit answers for a room it does not have.
    const rooms = await roomService().listRooms([roomId]);
    return rooms.length > 0 ? [] : null;
  } catch (error) {
    if (isLivekitNotFound(error)) return null;
    throw error;
  }
}
