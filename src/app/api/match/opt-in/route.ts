// PUT /api/match/opt-in — confirm adulthood and pick interests for voice match
import { matchOptInSchema } from "@/lib/match/match-api";
import { withAuth } from "@/server/http/with-auth";
import { optInToMatch } from "@/server/match/opt-in-to-match";

export const PUT = withAuth({ body: matchOptInSchema }, ({ caller, body }) =>
  optInToMatch({ userId: caller.id, input: body }),
);
