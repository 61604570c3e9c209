// POST /api/rooms/[roomId]/stage/hand — raise the caller's hand; DELETE — lower it
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { lowerHand } from "@/server/stage/lower-hand";
import { raiseHand } from "@/server/stage/raise-hand";

export const POST = withAuth({ params: roomParamsSchema }, ({ caller, params }) =>
  raiseHand({ roomId: params.roomId, actorId: caller.id }),
);

export const DELETE = withAuth({ params: roomParamsSchema }, ({ caller, params }) =>
  lowerHand({ roomId: params.roomId, actorId: caller.id }),
);
