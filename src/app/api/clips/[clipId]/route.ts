// DELETE /api/clips/[clipId] — the room's host or the clip's maker deletes it and its file
import { clipParamsSchema } from "@/lib/validations/clips";
import { deleteClip } from "@/server/clips/delete-clip";
import { withAuth } from "@/server/http/with-auth";

export const DELETE = withAuth({ params: clipParamsSchema }, async ({ caller, params }) => {
  await deleteClip({ clipId: params.clipId, actorId: caller.id });
  return { ok: true };
});
