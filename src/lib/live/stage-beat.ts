// A page whose person is on stage says "still connected" this often while LiveKit holds it
// connected (docs/live-room.md, "A stage nobody can hear").
export const STAGE_BEAT_MS = 1_000;

// A stage whose every page stopped beating this long ago is silence: a dropped network is seen
// here, well before LiveKit's 15 s ping timeout reports the person gone. Three beats missed, and
// a second more so that one beat held up on a busy server is not taken for a dropped network.
export const STAGE_SILENT_AFTER_MS = 3 * STAGE_BEAT_MS + 1_000;
