// POST /api/rooms/[roomId]/token — let the caller into a live room: a LiveKit token for their role
import { roomParamsSchema } from "@/lib/live/room-api";
import { withSessionClaims } from "@/server/http/with-auth";
import { joinRoom } from "@/server/live/join-room";

// The join's one statement confirms the session too, so it is one round trip, not two.
export const POST = withSessionClaims({ params: roomParamsSchema }, ({ session, params }) =>
  joinRoom({ roomId: params.roomId, ...session }),
);
