import "server-only";

/** "X started a room" emails a member gets per rolling 24 hours, at most. */
export const LIVE_ROOM_EMAILS_PER_DAY = 3;

/** Two-key advisory lock space of these emails (the migrator's lock is a one-key lock). */
export const LIVE_ROOM_EMAIL_LOCK = 32_002;
