// How long a host or speaker whose connection dropped keeps their place (docs/live-room.md,
// "When someone on stage drops"). LiveKit reports the drop (participant_left); the room waits this
// long for them to come back, then hands the host's seat over, or ends when nobody is on stage.
// Browsers show the person as reconnecting for as long.
export const STAGE_GRACE_MS = 15_000;
