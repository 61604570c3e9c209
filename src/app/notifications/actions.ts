"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { markNotificationsRead } from "@/server/notifications/mark-notifications-read";

export const markAllReadAction = withAuthAction(z.object({}), async (_input, caller) => {
  await markNotificationsRead({ userId: caller.id });
  refresh();
  return { read: true };
});
