import "server-only";
import type { ParticipantInfo } from "livekit-server-sdk";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { RoomRole, RoomStatus } from "@/generated/prisma/enums";
import { attributesAgree, TICKET_ATTRIBUTE } from "@/lib/live/attributes";
import { stageRoleOf } from "@/lib/live/roles";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { admitMember } from "@/server/live/join-room";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { stagePermissionFor, type StagePermission } from "@/server/livekit/permissions";
import { roomService } from "@/server/livekit/room-service";
import { isCurrentSession } from "@/server/livekit/session-stamp";
import { watchRoomForStalePublishers } from "@/server/presence/stage-watch";
import { roomAccessSql } from "@/server/rooms/room-access";
import { pushStageState } from "@/server/stage/push-stage-state";

/** What LiveKit says about a participant: from a webhook, or from listParticipants. */
export type LivekitParticipant = Pick<ParticipantInfo, "identity" | "permission" | "attributes">;

export type JudgeParticipantOptions = { roomId: string; participant: LivekitParticipant };
export type JudgeParticipantsOptions = {
  roomId: string;
  participants: LivekitParticipant[];
  /**
   * "behind": return once LiveKit's permissions agree, and let the full state push (attributes,
   * the room's stage list) finish behind the caller. The stage guard's 1 s bound must not wait on a
   * push that LiveKit holds up: its next turn would start late, and a session that came back with
   * the stale token in the meantime would keep its rights until then. Default "await".
   */
  statePush?: "await" | "behind";
};

/**
 * - `room-closed`: the room is not live in Postgres, so LiveKit's room was deleted.
 * - `removed`: the person may not be in the room (account disabled, removed or blocked by a
 *   moderator, no longer let in by the room-access policy, never joined through the app), or
 *   holds a token from an account session that has since ended (password change, sign out
 *   everywhere).
 * - `corrected`: LiveKit held another role, hand or permission set; the stored one was pushed.
 * - `agrees`: LiveKit already matched Postgres.
 * - `not-ours`: no Hearth room has this id (another app sharing the LiveKit server); left alone.
 */
export type Verdict = "room-closed" | "removed" | "corrected" | "agrees" | "not-ours";

type Standing = {
  identity: string;
  role: RoomRole | null;
  handRaisedAt: Date | null;
  sessionVersion: number | null;
  allowed: boolean;
};

/** The room's status and each listed identity's standing, from one query. */
type Standings = { status: RoomStatus | null; byIdentity: Map<string, Standing> };

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
 * grants and attributes it holds, so anyone can come back with an old one; every participant_joined
 * and track_published webhook, the stage guard and the reconciliation sweep call this, so the
 * database's word holds whatever token was presented. Who may stay is the room-access policy
 * (src/server/rooms/room-access.ts), on an active account, with a token from a session that was
 * not ended since (session-stamp.ts).
 *
 * A session holding publish rights the database does not give is the urgent case (the stage
 * guard's 1 s bound): it gets one updateParticipant with the stored permissions straight after
 * the one query, before anything else; the full state (role and hand attributes) follows through
 * pushStageState, under the row lock that orders it with moderators' pushes, so a raise that
 * landed in between is pushed again rather than lost.
 */
export async function judgeParticipants({
  roomId,
  participants,
  statePush = "await",
}: JudgeParticipantsOptions): Promise<Verdict[]> {
  const { status, byIdentity } = await loadStandings(roomId, participants);
  if (!status) return participants.map(() => "not-ours");
  if (status === "LIVE") await spendJoinTickets(roomId, participants, byIdentity);
  if (status !== "LIVE") {
    // Nobody belongs in a room that ended (or has not started): close it for everyone at once.
    await ignoreNotFound(roomService().deleteRoom(roomId));
    return participants.map(() => "room-closed");
  }
  const verdicts: Verdict[] = [];
  let staleSeen = false;
  for (let start = 0; start < participants.length; start += CORRECTION_CONCURRENCY) {
    const batch = participants.slice(start, start + CORRECTION_CONCURRENCY);
    verdicts.push(
      ...(await Promise.all(
        batch.map(async (participant): Promise<Verdict> => {
          const standing = byIdentity.get(participant.identity);
          if (
            !standing?.allowed ||
            !standing.role ||
            !isCurrentSession(
              participant.attributes,
              participant.identity,
              standing.sessionVersion ?? 0,
            )
          ) {
            await ignoreNotFound(roomService().removeParticipant(roomId, participant.identity));
            return "removed";
          }
          const role = stageRoleOf(standing.role);
          const wanted = stagePermissionFor(role);
          const agrees =
            permissionsAgree(participant.permission, wanted) &&
            attributesAgree(participant.attributes, { role, handRaisedAt: standing.handRaisedAt });
          if (agrees) return "agrees";
          if (participant.permission?.canPublish && !wanted.canPublish) {
            // Such a session was handed a fresh publish-capable refresh token when it started:
            // watch the room while that lives, and take the rights away before anything else.
            staleSeen = true;
            await ignoreNotFound(
              roomService().updateParticipant(roomId, participant.identity, { permission: wanted }),
            );
          }
          if (statePush === "behind") pushBehind(roomId, participant.identity);
          else await pushStageState({ roomId, userId: participant.identity });
          return "corrected";
        }),
      )),
    );
  }
  if (staleSeen) await watchRoomForStalePublishers(db, roomId);
  return verdicts;
}

// State pushes left to finish behind the stage guard, at most one per person: its next turn may
// find them still disagreeing, and would otherwise queue push after push on their row lock.
const pushesBehind = new Set<string>();

function pushBehind(roomId: string, userId: string): void {
  const key = `${roomId}:${userId}`;
  if (pushesBehind.has(key)) return;
  pushesBehind.add(key);
  pushStageState({ roomId, userId })
    .catch((error: unknown) => console.warn("stage state push failed", error))
    .finally(() => pushesBehind.delete(key));
}

/**
 * Admits the holders of join tickets (issue-join-ticket.ts) who have no row in the room yet: the
 * ticket was decided before the click, so the admission statement decides again now that they are
 * in LiveKit, and records them present. A ticket from an ended session is not spent (the judge
 * removes its holder); a refused admission leaves no row, so the judge removes them too.
 */
async function spendJoinTickets(
  roomId: string,
  participants: LivekitParticipant[],
  byIdentity: Map<string, Standing>,
): Promise<void> {
  const holders = participants.flatMap((participant) => {
    const standing = byIdentity.get(participant.identity);
    if (!standing || standing.role || standing.sessionVersion === null) return [];
    const { attributes, identity } = participant;
    const holds =
      attributes?.[TICKET_ATTRIBUTE] !== undefined &&
      isCurrentSession(attributes, identity, standing.sessionVersion);
    return holds ? [{ ...standing, sessionVersion: standing.sessionVersion }] : [];
  });
  await Promise.all(
    holders.map(async (standing) => {
      try {
        const admitted = await admitMember({
          roomId,
          userId: standing.identity,
          sessionVersion: standing.sessionVersion,
        });
        byIdentity.set(standing.identity, {
          ...standing,
          role: admitted.role,
          handRaisedAt: admitted.handRaisedAt,
          allowed: true,
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
      }
    }),
  );
}

/**
 * The room's status, and each identity's stored role and hand (null: no row in the room), account
 * session version, and whether the room-access policy lets them stay: one query.
 */
async function loadStandings(
  roomId: string,
  participants: LivekitParticipant[],
): Promise<Standings> {
  const ids = participants.map((p) => p.identity).filter((id) => uuid.safeParse(id).success);
  const rows = await db.$queryRaw<
    (Omit<Standing, "identity"> & { identity: string | null; status: RoomStatus })[]
  >`
    SELECT r.status, u.id::text AS identity, p.role, p."handRaisedAt", u."sessionVersion",
      COALESCE(p."userId" IS NOT NULL AND p."bannedAt" IS NULL AND u."disabledAt" IS NULL
        AND ${roomAccessSql({ viewer: Prisma.sql`u.id` })}, false) AS allowed
    FROM "Room" r
    LEFT JOIN "User" u ON u.id = ANY(${ids}::uuid[])
    LEFT JOIN "RoomParticipant" p ON p."roomId" = r.id AND p."userId" = u.id
    WHERE r.id = ${roomId}::uuid`;
  return {
    status: rows[0]?.status ?? null,
    byIdentity: new Map(
      rows.flatMap(({ identity, ...row }) =>
        identity ? [[identity, { ...row, identity }] as const] : [],
      ),
    ),
  };
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
