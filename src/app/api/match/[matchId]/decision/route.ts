// POST /api/match/[matchId]/decision — Connect or Pass at the end of a call
import { matchDecisionSchema, matchParamsSchema } from "@/lib/match/match-api";
import { withAuth } from "@/server/http/with-auth";
import { decideMatch } from "@/server/match/decide-match";

export const POST = withAuth(
  { params: matchParamsSchema, body: matchDecisionSchema },
  ({ caller, params, body }) =>
    decideMatch({ matchId: params.matchId, userId: caller.id, decision: body.decision }),
);
