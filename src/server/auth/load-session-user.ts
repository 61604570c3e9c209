import "server-only";
import { db } from "@/server/db";

export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  role: "MEMBER" | "ADMIN";
};

/** The session's user, or null when the account was disabled or its sessions were ended. */
export async function loadSessionUser(
  id: string,
  sessionVersion: number,
): Promise<SessionUser | null> {
  return db.user.findFirst({
    where: { id, sessionVersion, disabledAt: null },
    select: { id: true, username: true, displayName: true, role: true },
  });
}
