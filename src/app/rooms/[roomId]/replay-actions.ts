"use server";

import { refresh } from "next/cache";
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { deleteReplay } from "@/server/replays/delete-replay";

// The host deletes the replay from its page, which then shows the room as ended.
export const deleteReplayAction = withAuthAction(roomParamsSchema, async (input, caller) => {
  await deleteReplay({ roomId: input.roomId, actorId: caller.id });
  refresh();
  return { deleted: true };
});
