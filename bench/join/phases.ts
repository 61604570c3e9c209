/** The steps between clicking a live room in the hallway and hearing it, in order. */
export const JOIN_MARKS = [
  "click",
  "pageStart",
  "pageEnd",
  "pageStreamed",
  "tokenStart",
  "tokenEnd",
  "peerCreated",
  "signalStart",
  "signalOpen",
  "signalJoined",
  "peerConnected",
  "firstAudio",
  "audioAttached",
  "audioPlaying",
  "firstAudible",
] as const;

export type JoinMarks = Partial<Record<(typeof JOIN_MARKS)[number] | "connect", number>>;

export const JOIN_PHASES = [
  { name: "click → room page requested", from: "click", to: "pageStart" },
  { name: "room page request → first bytes of its answer", from: "pageStart", to: "pageEnd" },
  {
    name: "room page streamed (server render; the token is minted in it)",
    from: "pageEnd",
    to: "pageStreamed",
  },
  {
    name: "page streamed → LiveKit's first peer connection (React renders the room, connect())",
    from: "pageStreamed",
    to: "peerCreated",
  },
  {
    name: "first peer connection → signal socket opened (the offer sent with the join)",
    from: "peerCreated",
    to: "signalOpen",
  },
  // Only when the render did not mint (e.g. a reload while listening elsewhere): the old path.
  { name: "token request (POST /token), when asked", from: "tokenStart", to: "tokenEnd" },
  {
    name: "signal connection (socket open → join response)",
    from: "signalOpen",
    to: "signalJoined",
  },
  {
    name: "join response → peer connected (ICE + DTLS)",
    from: "signalJoined",
    to: "peerConnected",
  },
  { name: "peer connected → first audio bytes", from: "peerConnected", to: "firstAudio" },
  { name: "first audio bytes → first audible audio", from: "firstAudio", to: "firstAudible" },
  // Chromium decodes a remote track only while something plays it: how soon the page plays it.
  {
    name: "first audio bytes → the room's audio attached to an audio element",
    from: "firstAudio",
    to: "audioAttached",
  },
  { name: "audio element attached → playing", from: "audioAttached", to: "audioPlaying" },
  { name: "audio element playing → first audible audio", from: "audioPlaying", to: "firstAudible" },
] as const;

export function phaseDurations(marks: JoinMarks): Record<string, number | null> {
  const durations: Record<string, number | null> = {};
  for (const phase of JOIN_PHASES) {
    const from = marks[phase.from];
    const to = marks[phase.to];
    durations[phase.name] = from !== undefined && to !== undefined ? to - from : null;
  }
  return durations;
}
