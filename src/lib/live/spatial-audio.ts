import { z } from "zod/mini";

// Spatial stage audio: each voice on the stage comes from its own place on a half circle in front
// of the listener, in the stage's order (left to right), so who is talking is heard, not only seen.

export const setSpatialAudioSchema = z.object({ on: z.boolean() });
export type SetSpatialAudio = z.infer<typeof setSpatialAudioSchema>;

export const SPATIAL_AUDIO_API_PATH = "/api/account/spatial-audio";

/**
 * Where seat `index` of `count` sits, in degrees from straight ahead (negative is left): the half
 * circle from -90° to 90° split into equal arcs, each seat in the middle of its own. One seat is
 * straight ahead; two are at -45° and 45°; no seat is hard left or right, where a voice would be
 * heard in one ear only.
 */
export function seatAzimuth(index: number, count: number): number {
  return -90 + (180 * (index + 0.5)) / count;
}

/** The seat's place as Web Audio's listener-centred coordinates: x to the right, -z ahead. */
export function seatPosition(azimuthDegrees: number): { x: number; z: number } {
  const radians = (azimuthDegrees * Math.PI) / 180;
  return { x: Math.sin(radians), z: -Math.cos(radians) };
}
