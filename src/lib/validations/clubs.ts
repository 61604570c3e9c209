import { z } from "zod";
import { ROOM_TOPICS } from "@/lib/topics";

export const createClubSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Name the club (at least 2 characters).")
    .max(60, "Keep the name to 60 characters."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/,
      "Use 3–40 lower-case letters, digits and dashes.",
    )
    .refine((slug) => slug !== "new", "That address is reserved."),
  description: z.string().trim().max(500, "Keep the description to 500 characters.").default(""),
  topics: z
    .union([z.enum(ROOM_TOPICS), z.array(z.enum(ROOM_TOPICS))])
    .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
    .pipe(z.array(z.enum(ROOM_TOPICS)).max(3, "Pick up to 3 topics."))
    .default([]),
  visibility: z.enum(["OPEN", "PRIVATE"], { error: "Choose open or private." }),
});

export type CreateClubInput = z.output<typeof createClubSchema>;

export const clubMemberActionSchema = z.object({
  clubId: z.uuid(),
  userId: z.uuid(),
});
