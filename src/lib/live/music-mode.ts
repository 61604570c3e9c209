import { z } from "zod/mini";

// Music mode: what a speaker's microphone sounds like in a room for singing and instruments.

export const setMusicModeSchema = z.object({ on: z.boolean() });

export function musicModeApiPath(roomId: string): string {
  return `/api/rooms/${encodeURIComponent(roomId)}/stage/music-mode`;
}
