import { z } from "zod/mini";

// One live room per person (docs/live-room.md, "One room at a time"): the token request says
// whether the person agreed to leave the room they are in elsewhere (another tab, another
// device); without that, a person present in another live room is answered with that room.

export const joinRequestSchema = z.object({ leaveOthers: z.optional(z.boolean()) });
export type JoinRequest = z.infer<typeof joinRequestSchema>;

export const elsewhereAnswerSchema = z.object({
  elsewhere: z.object({ roomId: z.string(), title: z.string() }),
});
export type ElsewhereAnswer = z.infer<typeof elsewhereAnswerSchema>;

/**
 * Sent by the server to the person's session in the room they leave for another, just before
 * LiveKit removes it there: that page then says they left, not that moderators removed them.
 */
export const ELSEWHERE_TOPIC = "hearth.elsewhere";
