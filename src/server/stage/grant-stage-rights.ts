import "server-only";
import type { RoomRole } from "@/generated/prisma/enums";
import { isOnStage, stageRoleOf, type StageRole } from "@/lib/live/roles";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { roomAccessSql, viewerParam } from "@/server/rooms/room-access";
import { pushStageState } from "@/server/stage/push-stage-state";

export type GrantStageRightsOptions = { roomId: string; actorId: string };

export type GrantedStageRights = { role: StageRole; granted: boolean };

// The page asks as it starts connecting, so LiveKit may not hold the participant yet: look again
// this often, for at most this long (a connection is set up in well under a second).
const RETRY_MS = 100;
const WAIT_FOR_CONNECTION_MS = 2_000;

/**
 * "I'm connecting, give me my stage rights." Join tokens never let anyone publish (see
 * livekit/mint-token.ts); the server raises the permissions of people on stage once they are in
 * LiveKit, from what Postgres holds now: on their request (this), on the participant_joined
 * webhook, and in the sweeps. A listener asking gets nothing (and no error): the answer is the
 * role the database gives them. `granted` says whether LiveKit held them and took the rights.
 */
export async function grantStageRights({
  roomId,
  actorId,
}: GrantStageRightsOptions): Promise<GrantedStageRights> {
  const [row] = await db.$queryRaw<{ role: RoomRole; banned: boolean }[]>`
    SELECT p.role, (p."bannedAt" IS NOT NULL) AS banned
    FROM "Room" r JOIN "RoomParticipant" p ON p."roomId" = r.id AND p."userId" = ${actorId}::uuid
    WHERE r.id = ${roomId}::uuid AND r.status = 'LIVE' AND p."leftAt" IS NULL
      AND ${roomAccessSql({ viewer: viewerParam(actorId) })}
    UNION ALL
    SELECT 'LISTENER', true FROM "RoomParticipant" b
    WHERE b."roomId" = ${roomId}::uuid AND b."userId" = ${actorId}::uuid AND b."bannedAt" IS NOT NULL`;
  if (row?.banned) {
    throw new AppError("FORBIDDEN", {
      message: `grant: ${actorId} was removed from ${roomId}`,
      key: "removedFromRoom",
    });
  }
  if (!row) {
    throw new AppError("NOT_FOUND", {
      message: `grant: ${actorId} is not in live room ${roomId}`,
      key: "roomNotAccessible",
    });
  }
  const role = stageRoleOf(row.role);
  if (!isOnStage(role)) return { role, granted: false };
  const giveUpAt = Date.now() + WAIT_FOR_CONNECTION_MS;
  for (;;) {
    if (await pushStageState({ roomId, userId: actorId })) return { role, granted: true };
    if (Date.now() >= giveUpAt) return { role, granted: false };
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
