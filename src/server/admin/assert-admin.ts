import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** Whether the account is an enabled admin, read from the database rather than the session. */
export async function isAdmin(actorId: string): Promise<boolean> {
  const admin = await db.user.findFirst({
    where: { id: actorId, role: "ADMIN", disabledAt: null },
    select: { id: true },
  });
  return admin !== null;
}

/** Admin tools do not exist for anyone else, so they answer 404 rather than 403. */
export async function assertAdmin(actorId: string): Promise<void> {
  if (!(await isAdmin(actorId))) {
    throw new AppError("NOT_FOUND", {
      message: `non-admin ${actorId} asked for an admin tool`,
      key: "pageNotFound",
    });
  }
}
