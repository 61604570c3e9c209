// How long a clip may be (docs/clips.md); shared by the server's checks and the pages' controls.

/** A clip of a live room is its last this many seconds. */
export const LIVE_CLIP_SECONDS = 30;
/** A clip of a replay is a range of at most this many seconds. */
export const MAX_CLIP_SECONDS = 60;
/** Anything shorter is not worth a page. */
export const MIN_CLIP_SECONDS = 3;
/** The lengths the replay page offers, from where the listener is. */
export const REPLAY_CLIP_CHOICES = [15, 30, 60] as const;

/** The path of a clip's page. */
export function clipPath(clipId: string): string {
  return `/clips/${encodeURIComponent(clipId)}`;
}

/** The path of a room's clips endpoint (POST cuts one, PUT turns them on or off). */
export function roomClipsApiPath(roomId: string): string {
  return `/api/rooms/${encodeURIComponent(roomId)}/clips`;
}
