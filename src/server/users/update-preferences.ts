import "server-only";
import type { UpdatePreferencesInput } from "@/lib/validations/preferences";
import { db } from "@/server/db";

export type UpdatePreferencesOptions = { actorId: string; input: UpdatePreferencesInput };

/** The actor chooses their language and time zone (null: follow the browser). */
export async function updatePreferences({ actorId, input }: UpdatePreferencesOptions) {
  return db.user.update({
    where: { id: actorId, disabledAt: null },
    data: { locale: input.locale, timeZone: input.timeZone },
    select: { locale: true, timeZone: true },
  });
}
