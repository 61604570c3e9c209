import "server-only";
import type { CreateClubInput } from "@/lib/validations/clubs";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type CreateClubOptions = { actorId: string; input: CreateClubInput };

/** Creates a club with its creator as its first admin. */
export async function createClub({ actorId, input }: CreateClubOptions): Promise<{ slug: string }> {
  const taken = await db.club.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (taken) {
    throw new AppError("CONFLICT", { key: "addressTaken", field: "slug" });
  }
  return db.club.create({
    data: {
      ...input,
      createdById: actorId,
      members: { create: { userId: actorId, role: "ADMIN", status: "ACTIVE" } },
    },
    select: { slug: true },
  });
}
