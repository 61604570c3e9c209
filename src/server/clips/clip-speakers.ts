import type { TimelineSegment } from "@/lib/replays/speaker-timeline";

/** Who is heard between `startMs` and `endMs` of a timeline, in order of first speaking there. */
export function clipSpeakers(
  timeline: TimelineSegment[],
  startMs: number,
  endMs: number,
): string[] {
  const heard = timeline
    .filter((segment) => segment.endMs > startMs && segment.startMs < endMs)
    .sort((a, b) => a.startMs - b.startMs);
  return [...new Set(heard.map((segment) => segment.userId))];
}
