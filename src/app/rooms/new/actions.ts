"use server";

import { createRoomSchema } from "@/lib/validations/rooms";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { createRoom } from "@/server/rooms/create-room";

/** Starting now takes the host into the room; scheduling shows the event page. */
export const createRoomAction = withAuthAction(
  createRoomSchema,
  (input, caller) => createRoom({ actorId: caller.id, input }),
  { redirectTo: (room) => (room.status === "LIVE" ? `/rooms/${room.id}` : `/events/${room.id}`) },
);
