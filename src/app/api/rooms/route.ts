// POST /api/rooms — start a room now or schedule one
import { createRoomSchema } from "@/lib/validations/rooms";
import { withAuth } from "@/server/http/with-auth";
import { createRoom } from "@/server/rooms/create-room";

export const POST = withAuth({ body: createRoomSchema }, ({ caller, body }) =>
  createRoom({ actorId: caller.id, input: body }),
);
