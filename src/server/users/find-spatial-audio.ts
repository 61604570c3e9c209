import "server-only";
import { db } from "@/server/db";

/** Whether the member chose to hear the stage spatially (false for an unknown id). */
export async function findSpatialAudio(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { spatialAudio: true } });
  return user?.spatialAudio ?? false;
}
