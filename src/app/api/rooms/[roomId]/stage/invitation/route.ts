// POST /api/rooms/[roomId]/stage/invitation — accept the caller's invitation to speak; DELETE — decline it
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { acceptSpeakInvite } from "@/server/stage/accept-speak-invite";
import { declineSpeakInvite } from "@/server/stage/decline-speak-invite";

export const POST = withAuth({ params: roomParamsSchema }, ({ caller, params }) =>
  acceptSpeakInvite({ roomId: params.roomId, actorId: caller.id }),
);

export const DELETE = withAuth({ params: roomParamsSchema }, ({ caller, params }) =>
  declineSpeakInvite({ roomId: params.roomId, actorId: caller.id }),
);
