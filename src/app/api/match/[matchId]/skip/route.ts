// POST /api/match/[matchId]/skip — end the call for both and look for someone else
import { matchParamsSchema } from "@/lib/match/match-api";
import { withAuth } from "@/server/http/with-auth";
import { skipMatch } from "@/server/match/skip-match";

export const POST = withAuth({ params: matchParamsSchema }, ({ caller, params }) =>
  skipMatch({ matchId: params.matchId, userId: caller.id }),
);
