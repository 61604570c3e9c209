import { z } from "zod/mini";

/** What a tab's stream and the notification centre show of one notification. */
export const notificationSummarySchema = z.object({
  id: z.string(),
  kind: z.enum([
    "ROOM_STARTED",
    "ROOM_INVITE",
    "NEW_FOLLOWER",
    "EVENT_STARTING",
    "EVENT_REMINDER",
    "ON_STAGE",
    "CLUB_REQUEST_APPROVED",
    "CLUB_REQUEST_DECLINED",
    "ACCOUNT_WARNING",
    "EVENT_COHOST",
    "EVENT_SPEAKER",
    "PING",
  ]),
  actor: z.nullable(z.object({ id: z.string(), username: z.string(), displayName: z.string() })),
  room: z.nullable(z.object({ id: z.string(), title: z.string(), live: z.boolean() })),
  club: z.nullable(z.object({ slug: z.string(), name: z.string() })),
});

export type NotificationSummary = z.infer<typeof notificationSummarySchema>;

/**
 * Where tapping a notification goes: the room while it is live, its event page before or after; the
 * club a request was decided by; else the person who acted.
 */
export function notificationHref(item: NotificationSummary): string | null {
  if (item.room) return item.room.live ? `/rooms/${item.room.id}` : `/events/${item.room.id}`;
  if (item.club) return `/clubs/${item.club.slug}`;
  return item.actor ? `/@${item.actor.username}` : null;
}

export const setMuteSchema = z.object({
  username: z.string().check(z.minLength(1), z.maxLength(40)),
  intent: z.enum(["mute", "unmute"]),
});

export const setClubMuteSchema = z.object({
  clubId: z.uuid(),
  intent: z.enum(["mute", "unmute"]),
});
