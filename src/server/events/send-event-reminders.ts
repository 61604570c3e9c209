import "server-only";
import { db } from "@/server/db";
import { announceNotifications } from "@/server/notifications/announce-notifications";

/** How long before a scheduled room's start its RSVPs are reminded. */
export const REMINDER_LEAD_MS = 10 * 60 * 1000;

/**
 * Reminds the RSVPs of every scheduled room starting within the next 10 minutes, once: one
 * statement claims each room's reminder (reminderSentAt) and writes its notifications, so two app
 * instances running this together never remind anyone twice. Rooms already past their start are
 * left alone (their start notification is what matters then).
 */
export async function sendEventReminders(now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + REMINDER_LEAD_MS);
  return db.$transaction(async (tx) => {
    const written = await tx.$queryRaw<{ id: string }[]>`
      WITH due AS (
        UPDATE "Room" SET "reminderSentAt" = ${now}
        WHERE status = 'SCHEDULED' AND "reminderSentAt" IS NULL
          AND "scheduledFor" > ${now} AND "scheduledFor" <= ${until}
        RETURNING id, "createdById")
      INSERT INTO "Notification" (id, "userId", kind, "actorId", "roomId")
      SELECT gen_random_uuid(), v."userId", 'EVENT_REMINDER'::"NotificationKind", d."createdById", d.id
      FROM due d JOIN "RoomRsvp" v ON v."roomId" = d.id
      JOIN "User" u ON u.id = v."userId" AND u."disabledAt" IS NULL
      RETURNING id`;
    await announceNotifications(
      tx,
      written.map((row) => row.id),
    );
    return written.length;
  });
}
