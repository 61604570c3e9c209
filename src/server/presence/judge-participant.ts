import "server-only";
import type { ParticipantInfo } from "livekit-server-sdk";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { RoomRole } from "@/generated/prisma/enums";
import { attributesAgree } from "@/lib/live/attributes";
import { stageRoleOf } from "@/lib/live/roles";
import { db } from "@/server/db";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { stagePermissionFor, type StagePermission } from "@/server/livekit/permissions";
import { roomService } from "@/server/livekit/room-service";
import { watchRoomForStalePublishers } from "@/server/presence/stage-watch";
import { roomAccessSql } from "@/server/rooms/room-access";
import { pushStageState } from "@/server/stage/push-stage-state";

/** What LiveKit says about a participant: from a webhook, or from listParticipants. */
export type LivekitParticipant = Pick<ParticipantInfo, "identity" | "permission" | "attributes">;

export type JudgeParticipantOptions = { roomId: string; participant: LivekitParticipant };
export type JudgeParticipantsOptions = { roomId: string; participants: LivekitParticipant[] };

/**
 * - `room-closed`: the room is not live in Postgres, so LiveKit's room was deleted.
 * - `removed`: the person may not be in the room (account disabled, removed or blocked by a
 *   moderator, no longer let in by the room-access policy, never joined through the app).
 * - `corrected`: LiveKit held another role, hand or permission set; the stored one was pushed.
 * - `agrees`: LiveKit already matched Postgres.
 * - `not-ours`: no Hearth room has this id (another app sharing the LiveKit server); left alone.
 */
export type Verdict = "room-closed" | "removed" | "corrected" | "agrees" | "not-ours";

type Standing = {
  identity: string;
  role: RoomRole | null;
  handRaisedAt: Date | null;
  allowed: boolean;
};

const uuid = z.uuid();

// Corrections sent to LiveKit at once: a big room finishes quickly without draining the pool.
const CORRECTION_CONCURRENCY = 8;

/** One participant, as a participant_joined or track_published webhook names them. */
export async function judgeParticipant({
  roomId,
  participant,
}: JudgeParticipantOptions): Promise<Verdict> {
  const [verdict] = await judgeParticipants({ roomId, participants: [participant] });
  return verdict ?? "agrees";
}

/**
 * Makes LiveKit agree with Postgres about the participants of one room, in one query however many
 * there are. LiveKit 1.13 cannot revoke a token, and hands every session a refresh token with the
 * grants it holds, so anyone can come back with an old one; every participant_joined webhook, the
 * stage guard and the reconciliation sweep call this, so the database's word holds whatever token
 * was presented. Who may stay is the room-access policy (src/server/rooms/room-access.ts).
 */
export async function judgeParticipants({
  roomId,
  participants,
}: JudgeParticipantsOptions): Promise<Verdict[]> {
  const room = await db.room.findUnique({ where: { id: roomId }, select: { status: true } });
  if (!room) return participants.map(() => "not-ours");
  if (room.status !== "LIVE") {
    // Nobody belongs in a room that ended (or has not started): close it for everyone at once.
    await ignoreNotFound(roomService().deleteRoom(roomId));
    return participants.map(() => "room-closed");
  }
  const standings = await loadStandings(roomId, participants);
  const verdicts: Verdict[] = [];
  let staleSeen = false;
  for (let start = 0; start < participants.length; start += CORRECTION_CONCURRENCY) {
    const batch = participants.slice(start, start + CORRECTION_CONCURRENCY);
    verdicts.push(
      ...(await Promise.all(
        batch.map(async (participant): Promise<Verdict> => {
          const standing = standings.get(participant.identity);
          if (!standing?.allowed || !standing.role) {
            await ignoreNotFound(roomService().removeParticipant(roomId, participant.identity));
            return "removed";
          }
          const role = stageRoleOf(standing.role);
          const wanted = stagePermissionFor(role);
          const agrees =
            permissionsAgree(participant.permission, wanted) &&
            attributesAgree(participant.attributes, { role, handRaisedAt: standing.handRaisedAt });
          if (agrees) return "agrees";
          // A session holding publish rights the database does not give was handed a fresh
          // publish-capable refresh token when it started: watch the room while that lives.
          if (participant.permission?.canPublish && !wanted.canPublish) staleSeen = true;
          await pushStageState({ roomId, userId: participant.identity });
          return "corrected";
        }),
      )),
    );
  }
  if (staleSeen) await watchRoomForStalePublishers(db, roomId);
  return verdicts;
}

/** Each identity's stored role and hand, and whether the room-access policy lets them stay. */
async function loadStandings(
  roomId: string,
  participants: LivekitParticipant[],
): Promise<Map<string, Standing>> {
  const ids = participants.map((p) => p.identity).filter((id) => uuid.safeParse(id).success);
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<Standing[]>`
    SELECT p."userId"::text AS identity, p.role, p."handRaisedAt",
      COALESCE(p."bannedAt" IS NULL AND u."disabledAt" IS NULL
        AND ${roomAccessSql({ viewer: Prisma.sql`p."userId"` })}, false) AS allowed
    FROM "Room" r
    JOIN "RoomParticipant" p ON p."roomId" = r.id AND p."userId" = ANY(${ids}::uuid[])
    JOIN "User" u ON u.id = p."userId"
    WHERE r.id = ${roomId}::uuid`;
  return new Map(rows.map((row) => [row.identity, row]));
}

function permissionsAgree(
  held: LivekitParticipant["permission"],
  wanted: StagePermission,
): boolean {
  if (!held) return false;
  const sources = (list: readonly number[]) => [...list].sort().join(",");
  return (
    held.canSubscribe === wanted.canSubscribe &&
    held.canPublish === wanted.canPublish &&
    held.canPublishData === wanted.canPublishData &&
    held.canUpdateMetadata === wanted.canUpdateMetadata &&
    held.hidden === wanted.hidden &&
    held.recorder === wanted.recorder &&
    sources(held.canPublishSources) === sources(wanted.canPublishSources)
  );
}

async function ignoreNotFound(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (!isLivekitNotFound(error)) throw error;
  }
}
