import { z } from "zod/mini";

/** The LiveKit room metadata the server sets; clients treat anything unparseable as defaults. */
export const roomMetadataSchema = z.object({
  handRaisingOn: z.boolean(),
  // Speakers publish stereo music-quality audio without voice processing (docs/voice-match.md).
  musicMode: z.optional(z.boolean()),
});
export type RoomMetadata = z.infer<typeof roomMetadataSchema>;

const DEFAULT_METADATA: RoomMetadata = { handRaisingOn: true };

export function parseRoomMetadata(metadata: string | undefined): RoomMetadata {
  try {
    const parsed = roomMetadataSchema.safeParse(JSON.parse(metadata ?? ""));
    return parsed.success ? parsed.data : DEFAULT_METADATA;
  } catch {
    return DEFAULT_METADATA;
  }
}

export function encodeRoomMetadata(metadata: RoomMetadata): string {
  return JSON.stringify(metadata);
}
