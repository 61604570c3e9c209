import "server-only";
import { db } from "@/server/db";

/** Whether the viewer muted this member's room notifications. */
export async function findPersonMuted({ viewerId, userId }: { viewerId: string; userId: string }) {
  const mute = await db.mutedPerson.findUnique({
    where: { userId_mutedId: { userId: viewerId, mutedId: userId } },
    select: { userId: true },
  });
  return mute !== null;
}
