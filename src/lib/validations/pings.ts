import { z } from "zod/mini";

/** Whom to ping into the room: one of the caller's followers, by id. */
export const pingFollowerSchema = z.object({ userId: z.uuid() });

export type PingFollowerInput = z.infer<typeof pingFollowerSchema>;

/** One follower the dialog offers, and whether they were pinged into this room already. */
export const pingableFollowerSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  photoVersion: z.nullable(z.string()),
  pinged: z.boolean(),
});

export type PingableFollower = z.infer<typeof pingableFollowerSchema>;

export const pingableFollowersSchema = z.object({ people: z.array(pingableFollowerSchema) });
