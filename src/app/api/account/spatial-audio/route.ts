// PUT /api/account/spatial-audio — hear the stage spatially, or not (the caller's own choice)
import { setSpatialAudioSchema } from "@/lib/live/spatial-audio";
import { withAuth } from "@/server/http/with-auth";
import { setSpatialAudio } from "@/server/users/set-spatial-audio";

export const PUT = withAuth({ body: setSpatialAudioSchema }, ({ caller, body }) =>
  setSpatialAudio({ userId: caller.id, on: body.on }),
);
