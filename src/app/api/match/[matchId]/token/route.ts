// POST /api/match/[matchId]/token — a LiveKit token for one of the two people of a live match
import { matchParamsSchema } from "@/lib/match/match-api";
import { withAuth } from "@/server/http/with-auth";
import { joinMatch } from "@/server/match/join-match";

export const POST = withAuth({ params: matchParamsSchema }, ({ caller, params }) =>
  joinMatch({ matchId: params.matchId, userId: caller.id }),
);
