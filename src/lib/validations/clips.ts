import { z } from "zod";
import { errorKey } from "@/lib/error-key";
import { MAX_CLIP_SECONDS, MIN_CLIP_SECONDS } from "@/lib/clips/clip-limits";

export const clipParamsSchema = z.object({ clipId: z.uuid(errorKey("clipNotAccessible")) });
export type ClipParams = z.infer<typeof clipParamsSchema>;

const replayRange = z
  .object({
    source: z.literal("REPLAY"),
    startMs: z.int().min(0),
    endMs: z.int().min(0),
  })
  .refine(
    ({ startMs, endMs }) =>
      endMs - startMs >= MIN_CLIP_SECONDS * 1000 && endMs - startMs <= MAX_CLIP_SECONDS * 1000,
    { message: errorKey("clipLength"), path: ["endMs"] },
  );

/** A live room's last seconds, or a range of its replay. */
export const createClipSchema = z.discriminatedUnion("source", [
  z.object({ source: z.literal("LIVE") }),
  replayRange,
]);
export type CreateClipInput = z.infer<typeof createClipSchema>;

export const clipSettingsSchema = z.object({ enabled: z.boolean() });
export type ClipSettingsInput = z.infer<typeof clipSettingsSchema>;
