// GET /api/match — the caller's voice match status (polled while waiting; also a pairing attempt)
// POST /api/match — "Find someone": join the queue and pair at once if someone fits
// DELETE /api/match — stop looking
import { withAuth } from "@/server/http/with-auth";
import { findMatch } from "@/server/match/find-match";
import { getMatchStatus } from "@/server/match/get-match-status";
import { leaveMatchQueue } from "@/server/match/leave-match-queue";

export const GET = withAuth({}, ({ caller }) => getMatchStatus({ userId: caller.id }));

export const POST = withAuth({}, async ({ caller }) => {
  await findMatch({ userId: caller.id });
  return getMatchStatus({ userId: caller.id });
});

export const DELETE = withAuth({}, ({ caller }) => leaveMatchQueue({ userId: caller.id }));
