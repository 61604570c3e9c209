// POST /api/rooms/[roomId]/ticket — a join ticket for a room a hallway card shows (or `null`)
import { roomParamsSchema } from "@/lib/live/room-api";
import { withSessionClaims } from "@/server/http/with-auth";
import { issueJoinTicket } from "@/server/live/issue-join-ticket";

// As the join: the one statement confirms the session, and refuses as the join would.
export const POST = withSessionClaims({ params: roomParamsSchema }, ({ session, params }) =>
  issueJoinTicket({ roomId: params.roomId, ...session }),
);
