"use server";

import { z } from "zod";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { startPrivateRoom } from "@/server/rooms/start-private-room";

/** Opens a one-to-one room with a mutual follower and takes the starter into it. */
export const startPrivateRoomAction = withAuthAction(
  z.object({ userId: z.uuid() }),
  (input, caller) => startPrivateRoom({ actorId: caller.id, otherUserId: input.userId }),
  { redirectTo: (room) => `/rooms/${room.id}` },
);
