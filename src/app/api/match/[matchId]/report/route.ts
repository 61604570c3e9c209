// POST /api/match/[matchId]/report — end the call and report the other person
import { matchParamsSchema, matchReportSchema } from "@/lib/match/match-api";
import { withAuth } from "@/server/http/with-auth";
import { reportMatch } from "@/server/match/report-match";

export const POST = withAuth(
  { params: matchParamsSchema, body: matchReportSchema },
  ({ caller, params, body }) =>
    reportMatch({ matchId: params.matchId, userId: caller.id, ...body }),
);
