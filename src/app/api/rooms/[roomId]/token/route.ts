// POST /api/rooms/[roomId]/token — let the caller into a live room: a LiveKit token for their role
import { roomParamsSchema } from "@/lib/validations/live";
import { withAuth } from "@/server/http/with-auth";
import { joinRoom } from "@/server/live/join-room";
import { schedulePresenceSweep } from "@/server/presence/schedule-presence-sweep";

export const POST = withAuth({ params: roomParamsSchema }, async ({ caller, params }) => {
  const joined = await joinRoom({
    roomId: params.roomId,
    userId: caller.id,
    displayName: caller.displayName,
  });
  schedulePresenceSweep();
  return joined;
});
