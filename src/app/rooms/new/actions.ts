"use server";

import { redirect } from "next/navigation";
import { createRoomSchema } from "@/lib/validations/rooms";
import type { ActionResult } from "@/server/actions/action-result";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { createRoom, type CreatedRoom } from "@/server/rooms/create-room";

const create = withAuthAction(createRoomSchema, (input, caller) =>
  createRoom({ actorId: caller.id, input }),
);

/** Starting now takes the host into the room; scheduling shows the event page. */
export async function createRoomAction(
  previous: unknown,
  formData: FormData,
): Promise<ActionResult<CreatedRoom>> {
  const result = await create(previous, formData);
  if (result.ok) {
    redirect(
      result.data.status === "LIVE" ? `/rooms/${result.data.id}` : `/events/${result.data.id}`,
    );
  }
  return result;
}
