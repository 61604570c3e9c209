import { z } from "zod/mini";

// Shared by the server and the browser: the backchannel's limits and one message as the
// notification stream carries it (event `backchannel`).

/** Members of a thread, its starter included. */
export const BACKCHANNEL_MAX_MEMBERS = 8;
export const BACKCHANNEL_BODY_MAX = 1000;

export const backchannelMessageSchema = z.object({
  id: z.string(),
  threadId: z.string(),
  body: z.string(),
  sentAt: z.string(),
  sender: z.object({ id: z.string(), username: z.string(), displayName: z.string() }),
});
export type BackchannelMessageView = z.infer<typeof backchannelMessageSchema>;

export const backchannelUnreadSchema = z.object({ unread: z.int().check(z.nonnegative()) });
