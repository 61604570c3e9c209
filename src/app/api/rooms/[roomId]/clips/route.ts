// POST /api/rooms/[roomId]/clips — cut a clip (a live room's last 30 s, or a replay's range)
// PUT /api/rooms/[roomId]/clips — the host turns clips of the room on or off
import { clipPath } from "@/lib/clips/clip-limits";
import { roomParamsSchema } from "@/lib/live/room-api";
import { clipSettingsSchema, createClipSchema } from "@/lib/validations/clips";
import { createClip } from "@/server/clips/create-clip";
import { setClipsEnabled } from "@/server/clips/set-clips-enabled";
import { withAuth } from "@/server/http/with-auth";

export const POST = withAuth(
  { params: roomParamsSchema, body: createClipSchema },
  async ({ caller, params, body }) => {
    const { clipId } = await createClip({ roomId: params.roomId, actorId: caller.id, input: body });
    return { clipId, path: clipPath(clipId) };
  },
);

export const PUT = withAuth(
  { params: roomParamsSchema, body: clipSettingsSchema },
  async ({ caller, params, body }) =>
    setClipsEnabled({ roomId: params.roomId, actorId: caller.id, enabled: body.enabled }),
);
