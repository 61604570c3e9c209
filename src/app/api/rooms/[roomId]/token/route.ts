// POST /api/rooms/[roomId]/token — let the caller into a live room: a LiveKit token for their role
import { joinRequestSchema } from "@/lib/live/one-room";
import { roomParamsSchema } from "@/lib/live/room-api";
import { withSessionClaims } from "@/server/http/with-auth";
import { joinOneRoom } from "@/server/live/join-one-room";

// The join's one statement confirms the session too, so it is one round trip, not two. Someone in
// another live room is answered `{ elsewhere }` unless the body says `{ leaveOthers: true }`.
export const POST = withSessionClaims(
  { params: roomParamsSchema, body: joinRequestSchema },
  ({ session, params, body }) =>
    joinOneRoom({ roomId: params.roomId, ...session, leaveOthers: body.leaveOthers }),
);
