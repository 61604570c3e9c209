import "server-only";
import { cache } from "react";
import { findCaller } from "@/server/auth/get-caller";
import { db } from "@/server/db";

export type ViewerPreferences = { locale: string | null; timeZone: string | null };

/** The signed-in member's language and time zone (null = follow the browser); once per request. */
export const findViewerPreferences = cache(async (): Promise<ViewerPreferences | null> => {
  const caller = await findCaller();
  if (!caller) return null;
  return db.user.findUnique({
    where: { id: caller.id },
    select: { locale: true, timeZone: true },
  });
});
