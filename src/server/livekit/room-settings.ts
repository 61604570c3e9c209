import "server-only";

// How long a LiveKit room waits for its first participant, and how long it stays after the last
// one leaves (a short grace for reconnects) before LiveKit closes it and sends room_finished.
export const EMPTY_TIMEOUT_SECONDS = 5 * 60;
export const DEPARTURE_TIMEOUT_SECONDS = 20;

/** A cap on one room, well above what one LiveKit node serves with a single speaker. */
export const MAX_PARTICIPANTS = 5000;
