"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import {
  addInviteesSchema,
  roomGuestsSchema,
  updateScheduledRoomSchema,
} from "@/lib/validations/rooms";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { setRsvp } from "@/server/events/set-rsvp";
import { addRoomInvitees } from "@/server/rooms/add-room-invitees";
import { cancelScheduledRoom } from "@/server/rooms/cancel-scheduled-room";
import { removeRoomInvitee } from "@/server/rooms/remove-room-invitee";
import { setRoomGuests } from "@/server/rooms/set-room-guests";
import { startScheduledRoom } from "@/server/rooms/start-scheduled-room";
import { updateScheduledRoom } from "@/server/rooms/update-scheduled-room";

const roomId = z.object({ roomId: z.uuid() });

/** The host opens the room and goes straight into it. */
export const startRoomAction = withAuthAction(
  roomId,
  (input, caller) => startScheduledRoom({ actorId: caller.id, roomId: input.roomId }),
  { redirectTo: (_started, input) => `/rooms/${input.roomId}` },
);

export const cancelRoomAction = withAuthAction(roomId, async (input, caller) => {
  await cancelScheduledRoom({ actorId: caller.id, roomId: input.roomId });
  refresh();
});

export const updateRoomAction = withAuthAction(
  updateScheduledRoomSchema.extend(roomId.shape),
  async ({ roomId: id, ...input }, caller) => {
    await updateScheduledRoom({ actorId: caller.id, roomId: id, input });
    refresh();
  },
);

/** The host changes who co-hosts and who is invited to speak. */
export const setGuestsAction = withAuthAction(
  roomGuestsSchema,
  async ({ roomId: id, ...input }, caller) => {
    await setRoomGuests({ actorId: caller.id, roomId: id, input });
    refresh();
  },
);

export const addInviteesAction = withAuthAction(
  addInviteesSchema.extend(roomId.shape),
  async (input, caller) => {
    await addRoomInvitees({ actorId: caller.id, roomId: input.roomId, usernames: input.invitees });
    refresh();
  },
);

/** The host takes someone off a closed room's guest list; if they are in the room, they leave it. */
export const removeInviteeAction = withAuthAction(
  roomId.extend({ userId: z.uuid() }),
  async (input, caller) => {
    await removeRoomInvitee({ actorId: caller.id, roomId: input.roomId, userId: input.userId });
    refresh();
  },
);

/** "Notify me" (or stop) on a scheduled room. */
export const setRsvpAction = withAuthAction(
  roomId.extend({ intent: z.enum(["going", "notGoing"]) }),
  async (input, caller) => {
    const result = await setRsvp({
      actorId: caller.id,
      roomId: input.roomId,
      going: input.intent === "going",
    });
    refresh();
    return result;
  },
);
