import { z } from "zod";

// The stored form of a replay's speaker timeline (Replay.timeline), read back through this schema.
export const timelineSchema = z.array(
  z.object({ userId: z.string(), startMs: z.number(), endMs: z.number() }),
);

export function parseTimeline(value: unknown) {
  const parsed = timelineSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}
