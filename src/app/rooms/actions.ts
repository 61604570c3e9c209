"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/server/actions/action-result";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { startPrivateRoom } from "@/server/rooms/start-private-room";

const start = withAuthAction(z.object({ userId: z.uuid() }), (input, caller) =>
  startPrivateRoom({ actorId: caller.id, otherUserId: input.userId }),
);

/** Opens a one-to-one room with a mutual follower and takes the starter into it. */
export async function startPrivateRoomAction(
  previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  const result = await start(previous, formData);
  if (result.ok) redirect(`/rooms/${result.data.id}`);
  return result;
}
