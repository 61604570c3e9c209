import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** User ids for the usernames a host typed, naming any that do not exist; the host is left out. */
export async function resolveUsernames(
  usernames: string[],
  hostId: string,
  field = "invitees",
): Promise<string[]> {
  if (usernames.length === 0) return [];
  const users = await db.user.findMany({
    where: { username: { in: usernames }, disabledAt: null },
    select: { id: true, username: true },
  });
  const found = new Set(users.map((user) => user.username));
  const unknown = usernames.filter((name) => !found.has(name));
  if (unknown.length > 0) {
    throw new AppError("UNPROCESSABLE", {
      key: "unknownUsernames",
      values: { names: unknown.map((name) => `@${name}`).join(", ") },
      field,
    });
  }
  return users.map((user) => user.id).filter((id) => id !== hostId);
}
