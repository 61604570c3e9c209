import "server-only";
import { encodeRoomMetadata, type RoomMetadata } from "@/lib/live/room-metadata";
import { db } from "@/server/db";
import type { DbOrTx } from "@/server/create-db";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { roomService } from "@/server/livekit/room-service";

export type PushRoomMetadataOptions = { roomId: string };

/**
 * The room metadata as Postgres holds it now: the room's settings and its stage, the people who
 * may speak (an on-stage role, not removed, account active), present or not: a speaker whose
 * connection LiveKit resumes with its own token passes through no use case that would list them
 * again. LiveKit allows 512 KiB of metadata, about 13,000 ids. Null for no such room.
 */
export async function loadRoomMetadata(tx: DbOrTx, roomId: string): Promise<RoomMetadata | null> {
  const [row] = await tx.$queryRaw<
    { handRaisingOn: boolean; musicMode: boolean; stage: string[] }[]
  >`
    SELECT r."handRaisingOn", r."musicMode",
      ARRAY(SELECT p."userId"::text FROM "RoomParticipant" p JOIN "User" u ON u.id = p."userId"
        WHERE p."roomId" = r.id AND p.role IN ('HOST', 'MODERATOR', 'SPEAKER')
          AND p."bannedAt" IS NULL AND u."disabledAt" IS NULL
        ORDER BY p."userId") AS stage
    FROM "Room" r WHERE r.id = ${roomId}::uuid`;
  return row
    ? { handRaisingOn: row.handRaisingOn, musicMode: row.musicMode, stage: row.stage }
    : null;
}

/**
 * Makes LiveKit's room metadata say what Postgres holds (settings and stage), writing only when it
 * differs, so LiveKit broadcasts only real changes. Writers queue on an advisory lock and read
 * after taking it, so the last write is always the latest state, whichever change called first.
 * A room LiveKit does not have yet is fine: it is created with the stored metadata
 * (ensure-room.ts). Returns whether LiveKit's metadata changed.
 */
export async function pushRoomMetadata({ roomId }: PushRoomMetadataOptions): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"hearth:room-metadata:" + roomId}))`;
      const metadata = await loadRoomMetadata(tx, roomId);
      if (!metadata) return false;
      const wanted = encodeRoomMetadata(metadata);
      try {
        const [held] = await roomService().listRooms([roomId]);
        if (!held || held.metadata === wanted) return false;
        await roomService().updateRoomMetadata(roomId, wanted);
        return true;
      } catch (error) {
        if (isLivekitNotFound(error)) return false;
        throw error;
      }
    },
    // LiveKit usually answers in milliseconds; a loaded node gets longer before the lock is given up.
    { timeout: 15_000 },
  );
}
