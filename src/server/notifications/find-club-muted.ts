import "server-only";
import { db } from "@/server/db";

/** Whether the viewer muted this club's room notifications. */
export async function findClubMuted({ viewerId, clubId }: { viewerId: string; clubId: string }) {
  const mute = await db.mutedClub.findUnique({
    where: { userId_clubId: { userId: viewerId, clubId } },
    select: { userId: true },
  });
  return mute !== null;
}
