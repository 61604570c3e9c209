import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { disconnectFromLiveRooms } from "@/server/presence/disconnect-from-live-rooms";

export type SetAccountDisabledOptions = { actorId: string; userId: string; disabled: boolean };

/**
 * Disables or re-enables an account (admins only). Disabling bumps the session version, so every
 * session of the account stops working on its next request, and disconnects it from every live
 * room it is in at once.
 */
export async function setAccountDisabled(options: SetAccountDisabledOptions): Promise<void> {
  const actor = await db.user.findFirst({
    where: { id: options.actorId, role: "ADMIN", disabledAt: null },
    select: { id: true },
  });
  if (!actor) throw new AppError("FORBIDDEN", { key: "adminsOnly" });
  if (options.userId === options.actorId) {
    throw new AppError("BAD_REQUEST", { key: "cantDisableSelf" });
  }
  const now = new Date();
  await db.$transaction([
    db.user.update({
      where: { id: options.userId },
      data: options.disabled
        ? { disabledAt: now, sessionVersion: { increment: 1 } }
        : { disabledAt: null },
      select: { id: true },
    }),
    // A disabled member leaves every room they are in.
    ...(options.disabled
      ? [
          db.roomParticipant.updateMany({
            where: { userId: options.userId, leftAt: null },
            data: { leftAt: now, handRaisedAt: null },
          }),
        ]
      : []),
  ]);
  if (options.disabled) await disconnectFromLiveRooms({ userId: options.userId });
}
