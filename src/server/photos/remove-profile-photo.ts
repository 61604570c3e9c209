import "server-only";
import { db } from "@/server/db";

export type RemoveProfilePhotoOptions = { actorId: string };

/** The actor goes back to the initials avatar. Removing when there is no photo changes nothing. */
export async function removeProfilePhoto({ actorId }: RemoveProfilePhotoOptions): Promise<void> {
  await db.profilePhoto.deleteMany({ where: { userId: actorId } });
}
