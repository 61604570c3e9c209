import "server-only";
import { endCalls } from "@/server/match/end-calls";
import { disconnectFromLiveRooms } from "@/server/presence/disconnect-from-live-rooms";

export type EndLiveSessionsOptions = { userId: string };

/**
 * The live half of ending an account's sessions (password changed, signed out everywhere, account
 * disabled), run once the transaction that bumped the session version has committed: its
 * voice-match calls end for both people, and it is taken out of every live room. Its notification
 * streams close on every app instance through the announcement made in that transaction.
 */
export async function endLiveSessions({ userId }: EndLiveSessionsOptions): Promise<void> {
  await Promise.all([endCalls({ userId, endedById: userId }), disconnectFromLiveRooms({ userId })]);
}
