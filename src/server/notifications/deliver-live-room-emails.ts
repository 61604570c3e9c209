import "server-only";
import { db } from "@/server/db";
import { buildLiveRoomEmail } from "@/server/email/live-room-email";
import { sendEmail } from "@/server/email/send-email";
import {
  LIVE_ROOM_EMAIL_LOCK,
  LIVE_ROOM_EMAILS_PER_DAY,
} from "@/server/notifications/live-room-email-rules";

export type DeliverLiveRoomEmailsOptions = { roomId: string };

type Claimed = {
  email: string;
  displayName: string;
  locale: string | null;
  title: string;
  hostName: string;
  hostUsername: string;
};

/**
 * Sends the queued "X started a room" emails of one room. Runs beside the transaction that queued
 * them and first waits for it to end (its advisory lock), so it sees them only if they committed.
 * Claiming sets sentAt in one statement, so each goes out at most once, whichever instance runs it;
 * a failed send is logged and not retried (a late "is live" email is worth less than none).
 */
export async function deliverLiveRoomEmails({ roomId }: DeliverLiveRoomEmailsOptions) {
  const claimed = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LIVE_ROOM_EMAIL_LOCK}::int, hashtext(${roomId}))`;
    return tx.$queryRaw<Claimed[]>`
      UPDATE "LiveRoomEmail" e SET "sentAt" = now()
      FROM "User" u, "Room" r, "User" h
      WHERE e."roomId" = ${roomId}::uuid AND e."sentAt" IS NULL
        AND u.id = e."userId" AND r.id = e."roomId" AND h.id = r."createdById"
        AND r.status = 'LIVE'
      RETURNING u.email, u."displayName", u.locale, r.title, h."displayName" AS "hostName",
        h.username AS "hostUsername"`;
  });
  for (const row of claimed) {
    const email = buildLiveRoomEmail({
      to: row.email,
      locale: row.locale,
      displayName: row.displayName,
      host: { displayName: row.hostName, username: row.hostUsername },
      room: { id: roomId, title: row.title },
      perDay: LIVE_ROOM_EMAILS_PER_DAY,
    });
    await sendEmail(email).catch((error: unknown) => {
      console.warn(`live room email for ${roomId} not sent`, error);
    });
  }
}
