import "server-only";
import { db } from "@/server/db";

export type ListAdminClubsOptions = { viewerId: string };

/** Clubs where the viewer may start rooms (as an admin). */
export async function listAdminClubs({ viewerId }: ListAdminClubsOptions) {
  return db.club.findMany({
    where: { members: { some: { userId: viewerId, role: "ADMIN", status: "ACTIVE" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
