import "server-only";
import { getEnv } from "@/env";
import { matchRoomName } from "@/lib/match/match-api";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { endMatch } from "@/server/match/end-match";
import { findOwnMatch } from "@/server/match/find-own-match";
import { mintToken } from "@/server/livekit/mint-token";

export type JoinMatchOptions = { matchId: string; userId: string };

/**
 * A token for one of the two people of a live match: they may speak and listen, nothing else. None
 * after the call ended or its five minutes ran out (and then the room is closed for both).
 */
export async function joinMatch({ matchId, userId }: JoinMatchOptions) {
  const match = await findOwnMatch(matchId, userId);
  if (match.endedAt) throw new AppError("CONFLICT", { key: "matchOver" });
  if (match.endsAt.getTime() <= Date.now()) {
    await endMatch({ matchId, reason: "TIMER", endedById: null });
    throw new AppError("CONFLICT", { key: "matchOver" });
  }
  const me = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { displayName: true, sessionVersion: true },
  });
  const token = await mintToken({
    roomName: matchRoomName(matchId),
    identity: userId,
    // Each sees only the other's first name until both connect.
    displayName: me.displayName.trim().split(/\s+/)[0] ?? "",
    role: "speaker",
    sessionVersion: me.sessionVersion,
  });
  return { serverUrl: getEnv().LIVEKIT_URL, token };
}
