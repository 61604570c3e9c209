import "server-only";
import type { EmailSettingsInput } from "@/lib/validations/account-email";
import { db } from "@/server/db";
import { isEmailEnabled } from "@/server/email/send-email";
import { AppError } from "@/server/errors";

export type UpdateEmailSettingsOptions = { actorId: string; input: EmailSettingsInput };

/** The actor turns "email me when someone I follow starts a room" on or off. */
export async function updateEmailSettings({ actorId, input }: UpdateEmailSettingsOptions) {
  if (!isEmailEnabled()) throw new AppError("CONFLICT", { key: "emailNotConfigured" });
  return db.user.update({
    where: { id: actorId, disabledAt: null },
    data: { emailWhenLive: input.emailWhenLive },
    select: { emailWhenLive: true },
  });
}
