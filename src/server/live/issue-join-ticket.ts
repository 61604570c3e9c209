import "server-only";
import { getEnv } from "@/env";
import { Prisma } from "@/generated/prisma/client";
import { TICKET_ATTRIBUTE } from "@/lib/live/attributes";
import type { JoinTicket } from "@/lib/live/room-api";
import { db } from "@/server/db";
import {
  decisionColumnsSql,
  memberSql,
  profileColumnsSql,
  startingRoleSql,
  targetSql,
} from "@/server/live/admission-sql";
import { findOtherLiveRoom } from "@/server/live/find-other-live-room";
import { admits, memberAttributes, refusal, type JoinRow } from "@/server/live/join-room";
import { mintToken } from "@/server/livekit/mint-token";

export type IssueJoinTicketOptions = { roomId: string; userId: string; sessionVersion?: number };

/**
 * A ticket's token connects for this long. A card stays on screen longer, so the hallway fetches a
 * new one before it runs out; a ticket kept any longer is refused by LiveKit itself.
 */
export const TICKET_TTL_SECONDS = 60;

/**
 * A join ticket for a live room a hallway card shows: the same decision as the join (the admission
 * statement's parts, without its write), answered before the click so the click connects at once.
 * The token carries the ticket mark: its holder is recorded as present when LiveKit says they are
 * in (`spendJoinTickets` in src/server/presence/judge-participant.ts, where the statement runs
 * again and may still refuse them), never at issue, so a ticket that is never used leaves no trace.
 *
 * Only a plain listener's join is ticketed: a room whose LiveKit room has to be created, a member
 * who would enter on stage (they ask for publish rights once in), or one present in another live
 * room (they are asked first) gets `null` and joins the usual way on the click.
 */
export async function issueJoinTicket({
  roomId,
  userId,
  sessionVersion,
}: IssueJoinTicketOptions): Promise<{ ticket: JoinTicket | null }> {
  const [[row], other] = await Promise.all([
    db.$queryRaw<JoinRow[]>`/* prepared: join-ticket */
      WITH member AS (${memberSql(userId, sessionVersion)}),
      target AS (${targetSql(roomId, userId)})
      SELECT ${decisionColumnsSql}, COALESCE(p.role, ${startingRoleSql(userId)}) AS role,
        p."handRaisedAt",
        ${profileColumnsSql(roomId, userId, Prisma.sql`COALESCE(p.role, ${startingRoleSql(userId)})`)}
      FROM (SELECT 1) AS one
        LEFT JOIN target t ON true
        LEFT JOIN member u ON true
        LEFT JOIN "RoomParticipant" p ON p."roomId" = t.id AND p."userId" = u.id`,
    findOtherLiveRoom({ userId, roomId }),
  ]);
  if (!admits(row)) throw refusal(roomId, userId, row);
  if (row.role !== "LISTENER" || row.wasEmpty || other) return { ticket: null };
  const token = await mintToken({
    roomName: roomId,
    identity: userId,
    displayName: row.displayName ?? "",
    role: "listener",
    sessionVersion: row.sessionVersion ?? 0,
    publishAtJoin: false,
    ttlSeconds: TICKET_TTL_SECONDS,
    attributes: { ...memberAttributes(row, "listener"), [TICKET_ATTRIBUTE]: "spend-on-join" },
  });
  return {
    ticket: {
      serverUrl: getEnv().LIVEKIT_URL,
      token,
      role: "listener",
      expiresAt: Date.now() + TICKET_TTL_SECONDS * 1000,
    },
  };
}
