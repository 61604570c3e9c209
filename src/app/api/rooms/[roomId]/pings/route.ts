// GET /api/rooms/[roomId]/pings — the caller's followers they may ping into the room
// POST /api/rooms/[roomId]/pings — ping one of them: they are told, with Join (docs/social.md)
import { roomParamsSchema } from "@/lib/live/room-api";
import { pingFollowerSchema } from "@/lib/validations/pings";
import { withAuth } from "@/server/http/with-auth";
import { listPingableFollowers } from "@/server/pings/list-pingable-followers";
import { pingFollower } from "@/server/pings/ping-follower";

export const GET = withAuth({ params: roomParamsSchema }, ({ caller, params }) =>
  listPingableFollowers({ roomId: params.roomId, actorId: caller.id }),
);

export const POST = withAuth(
  { params: roomParamsSchema, body: pingFollowerSchema },
  ({ caller, params, body }) =>
    pingFollower({ roomId: params.roomId, pingerId: caller.id, pingedId: body.userId }),
);
