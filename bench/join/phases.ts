/** The steps between clicking a live room in the hallway and hearing it, in order. */
export const JOIN_MARKS = [
  "click",
  "tokenStart",
  "tokenEnd",
  "signalStart",
  "signalOpen",
  "signalJoined",
  "peerConnected",
  "firstAudio",
] as const;

export type JoinMarks = Partial<Record<(typeof JOIN_MARKS)[number] | "peerCreated", number>>;

export const JOIN_PHASES = [
  {
    name: "click → token request sent (navigation, room page, hydration)",
    from: "click",
    to: "tokenStart",
  },
  { name: "token request (POST /token)", from: "tokenStart", to: "tokenEnd" },
  { name: "token → signal socket opened", from: "tokenEnd", to: "signalOpen" },
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
