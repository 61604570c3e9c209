// POST /api/rooms/[roomId]/stage/moderator — make someone a moderator; DELETE — unmake them
import { roomParamsSchema } from "@/lib/live/room-api";
import { stageTargetSchema } from "@/lib/validations/stage";
import { withAuth } from "@/server/http/with-auth";
import { makeModerator } from "@/server/stage/make-moderator";
import { unmakeModerator } from "@/server/stage/unmake-moderator";

const schemas = { params: roomParamsSchema, body: stageTargetSchema };

export const POST = withAuth(schemas, ({ caller, params, body }) =>
  makeModerator({ roomId: params.roomId, actorId: caller.id, targetId: body.userId }),
);

export const DELETE = withAuth(schemas, ({ caller, params, body }) =>
  unmakeModerator({ roomId: params.roomId, actorId: caller.id, targetId: body.userId }),
);
