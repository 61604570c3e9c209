import { z } from "zod/mini";

/** The LiveKit room metadata the server sets; clients treat anything unparseable as defaults. */
export const roomMetadataSchema = z.object({
  handRaisingOn: z.boolean(),
  // Speakers publish stereo music-quality audio without voice processing (docs/voice-match.md).
  musicMode: z.optional(z.boolean()),
  /**
   * Who is on stage: the LiveKit identities (user ids) the server lets speak. Clients subscribe to
   * these people's audio and nobody else's (src/components/room/stage-subscriptions.ts). Room
   * metadata, unlike a participant's grants and attributes, is carried by no token, so a stale
   * token that LiveKit let publish for a moment is not heard. Absent means nobody yet.
   */
  stage: z.optional(z.array(z.string())),
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

/** Whether the server lists this participant on stage: the only people anyone hears. */
export function isListedOnStage(metadata: RoomMetadata, identity: string): boolean {
  return metadata.stage?.includes(identity) === true;
}

export function encodeRoomMetadata(metadata: RoomMetadata): string {
  return JSON.stringify(metadata);
}
