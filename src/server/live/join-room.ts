import "server-only";
import { getEnv } from "@/env";
import { Prisma } from "@/generated/prisma/client";
import type { RoomRole, RoomStatus } from "@/generated/prisma/enums";
import { participantAttributes } from "@/lib/live/attributes";
import { stageRoleOf, type StageRole } from "@/lib/live/roles";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { ensureLivekitRoom } from "@/server/livekit/ensure-room";
import { mintToken } from "@/server/livekit/mint-token";
import {
  decisionColumnsSql,
  memberSql,
  profileColumnsSql,
  startingRoleSql,
  targetSql,
} from "@/server/live/admission-sql";

export type JoinRoomOptions = {
  roomId: string;
  userId: string;
  /**
   * The version a session cookie claims, when the caller was not loaded before (the join route):
   * the statement then also confirms the session, refusing a disabled account or an ended session.
   */
  sessionVersion?: number;
};

export type AdmitMemberOptions = JoinRoomOptions & {
  /** When this session began: now for a join, LiveKit's own start for a spent ticket. */
  at?: Date;
};

/** What an admission wrote and read: the stored role and what the member's token carries. */
export type Admission = JoinRow & { role: RoomRole };

/** What a member's token says about them, read by the statement that admits them. */
export type MemberProfile = Pick<
  JoinRow,
  "displayName" | "username" | "bio" | "followedBySpeakers" | "photoVersion" | "handRaisedAt"
>;

export type JoinedRoom = { serverUrl: string; token: string; role: StageRole };

/** The whole join decision, as one statement answers it (null columns: no room, no row written). */
export type JoinRow = {
  signedIn: boolean;
  found: boolean;
  visible: boolean | null;
  banned: boolean | null;
  status: RoomStatus | null;
  handRaisingOn: boolean | null;
  wasEmpty: boolean | null;
  role: RoomRole | null;
  handRaisedAt: Date | null;
  displayName: string | null;
  username: string | null;
  bio: string | null;
  followedBySpeakers: boolean | null;
  photoVersion: string | null;
  sessionVersion: number | null;
};

/** What a refusal is worded from. */
export type JoinDecision = Pick<JoinRow, "signedIn" | "found" | "visible" | "banned" | "status">;

/**
 * Lets a member into a live room: checks it is live, visible to them (no block between them and its
 * host or one of its moderators) and that they were not removed from it, records them as a
 * participant (the creator as host; everyone else keeps the role they had, and starts in the role
 * the host named them to when scheduling, else as a listener), and mints a LiveKit token that
 * carries that stored role but lets nobody publish (people on stage are raised by the server once
 * connected: stage/grant-stage-rights.ts).
 *
 * The decision is one SQL statement (one round trip, prepared once per connection): the session,
 * visibility, ban, status, the upsert that marks the member present, and whether a speaker follows
 * them. Postgres decides every join; the upsert itself refuses a banned row, so a ban landing
 * mid-join holds.
 */
export async function joinRoom(options: JoinRoomOptions): Promise<JoinedRoom> {
  const { roomId, userId } = options;
  const row = await admitMember(options);
  // The first joiner creates the LiveKit room with our timeouts; later ones find it there.
  // LiveKit never creates a room on connect (room.auto_create: false in livekit.yaml), so a token
  // replayed after the room ended cannot bring it back; if presence was wrong, the sweep repairs
  // the counts and the next joiner creates it.
  if (row.wasEmpty) {
    await ensureLivekitRoom({ roomName: roomId, handRaisingOn: row.handRaisingOn ?? true });
  }
  const role = stageRoleOf(row.role);
  const token = await mintToken({
    roomName: roomId,
    identity: userId,
    displayName: row.displayName ?? "",
    role,
    // Read in the statement that confirmed the session: a token from a session ended later is
    // removed by the judge.
    sessionVersion: row.sessionVersion ?? 0,
    // Nobody publishes on a join token: the server raises people on stage once they are in
    // LiveKit (stage/grant-stage-rights.ts), so no token outlives the role it was minted for.
    publishAtJoin: false,
    attributes: memberAttributes(row, role),
  });
  return { serverUrl: getEnv().LIVEKIT_URL, token, role };
}

/** The attributes a member's token carries into a room: who they are, to the room's people. */
export function memberAttributes(row: MemberProfile, role: StageRole): Record<string, string> {
  return participantAttributes({
    // Display names are free text: the handle tells two "Alex"es apart in chat and the queue.
    username: row.username ?? "",
    followedBySpeakers: role === "listener" && row.followedBySpeakers === true,
    // Moderators read the queue from attributes: a line of bio helps them pick who comes up.
    bio: row.bio ?? "",
    // A listener who reloads keeps their place in the queue.
    handRaisedAt: row.handRaisedAt,
    // Tiles show the photo; its URL is built from the version, so this stays a short string.
    photo: row.photoVersion,
  });
}

/**
 * The admission itself, without a token: the one statement that decides and records a join
 * (joinRoom), and spends a join ticket once its holder is in LiveKit (spend-join-tickets.ts).
 * Throws the refusal as an AppError.
 */
export async function admitMember({
  roomId,
  userId,
  sessionVersion,
  at,
}: AdmitMemberOptions): Promise<Admission> {
  // joinedAt marks this session, so a late "left" webhook from an older tab cannot undo it.
  const now = at ?? new Date();
  const [row] = await db.$queryRaw<JoinRow[]>`/* prepared: join-room */
    WITH member AS (${memberSql(userId, sessionVersion)}),
    target AS (${targetSql(roomId, userId)}),
    joined AS (
      INSERT INTO "RoomParticipant" AS p ("roomId", "userId", role, "joinedAt", "leftAt")
      SELECT t.id, ${userId}::uuid, ${startingRoleSql(userId)}, ${now}, NULL
      FROM target t JOIN member ON true WHERE t.visible AND NOT t.banned AND t.status = 'LIVE'
      ON CONFLICT ("roomId", "userId") DO UPDATE
        SET "joinedAt" = EXCLUDED."joinedAt", "leftAt" = NULL,
          role = CASE WHEN EXCLUDED.role = 'HOST' THEN EXCLUDED.role ELSE p.role END
        WHERE p."bannedAt" IS NULL
      RETURNING p.role, p."handRaisedAt")
    SELECT ${decisionColumnsSql}, j.role, j."handRaisedAt",
      ${profileColumnsSql(roomId, userId, Prisma.sql`j.role`)}
    FROM (SELECT 1) AS one
      LEFT JOIN target t ON true
      LEFT JOIN joined j ON true
      LEFT JOIN member u ON true`;

  if (!row?.role) throw refusal(roomId, userId, row);
  return { ...row, role: row.role };
}

/** Whether the admission statement's decision lets the member in (`refusal` says why not). */
export function admits(row: JoinDecision | undefined): row is JoinDecision {
  return (
    row?.signedIn === true &&
    row.found &&
    row.visible === true &&
    row.banned !== true &&
    row.status === "LIVE"
  );
}

/**
 * Why no row was written. A session that ended (or an account disabled) is asked to sign in again,
 * as every route does. A removed member is told so plainly; a room they may not see does not
 * exist for them; a room that is not live says so.
 */
export function refusal(roomId: string, userId: string, row: JoinDecision | undefined): AppError {
  if (!row?.signedIn) {
    return new AppError("UNAUTHORIZED", {
      message: `join refused: ${userId} has no current session`,
      key: "signInToContinue",
    });
  }
  if (!row?.found || !row.visible) {
    return new AppError("NOT_FOUND", {
      message: `join refused: room ${roomId} not visible to ${userId}`,
      key: "roomNotAccessible",
    });
  }
  if (row.status !== "LIVE" && !row.banned) {
    return new AppError("CONFLICT", {
      message: `join refused: room ${roomId} is ${row.status ?? "gone"}`,
      key: row.status === "SCHEDULED" ? "roomNotStarted" : "roomEnded",
    });
  }
  // Banned before the statement, or in the instant between its read and its upsert.
  return new AppError("FORBIDDEN", {
    message: `join refused: ${userId} was removed from room ${roomId}`,
    key: "removedCantRejoin",
  });
}
