import "server-only";
import { db } from "@/server/db";

export type SetSpatialAudioOptions = { userId: string; on: boolean };

/** Remembers whether the member hears the stage spatially, for every device they sign in on. */
export async function setSpatialAudio({ userId, on }: SetSpatialAudioOptions) {
  const user = await db.user.update({
    where: { id: userId },
    data: { spatialAudio: on },
    select: { spatialAudio: true },
  });
  return { spatialAudio: user.spatialAudio };
}
