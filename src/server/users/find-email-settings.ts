import "server-only";
import { db } from "@/server/db";
import { isEmailEnabled } from "@/server/email/send-email";

export type FindEmailSettingsOptions = { actorId: string };

export type EmailSettings = {
  /** False when no SMTP server is configured: the email settings and reminders are hidden. */
  enabled: boolean;
  email: string;
  isVerified: boolean;
  emailWhenLive: boolean;
};

/** The actor's address, whether it is confirmed, and their email choices. */
export async function findEmailSettings({
  actorId,
}: FindEmailSettingsOptions): Promise<EmailSettings | null> {
  const user = await db.user.findFirst({
    where: { id: actorId, disabledAt: null },
    select: { email: true, emailVerifiedAt: true, emailWhenLive: true },
  });
  if (!user) return null;
  return {
    enabled: isEmailEnabled(),
    email: user.email,
    isVerified: user.emailVerifiedAt !== null,
    emailWhenLive: user.emailWhenLive,
  };
}
