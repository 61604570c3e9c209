// POST /api/rooms/[roomId]/token — let the caller into a live room: a LiveKit token for their role
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { joinRoom } from "@/server/live/join-room";

export const POST = withAuth({ params: roomParamsSchema }, ({ caller, params }) =>
  joinRoom({ roomId: params.roomId, userId: caller.id, displayName: caller.displayName }),
);
