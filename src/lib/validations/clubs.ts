import { z } from "zod";
import { errorKey } from "@/lib/error-key";
import { ROOM_TOPICS } from "@/lib/topics";

export const createClubSchema = z.object({
  name: z.string().trim().min(2, errorKey("clubNameTooShort")).max(60, errorKey("clubNameTooLong")),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/, errorKey("clubSlugFormat"))
    .refine((slug) => slug !== "new", errorKey("addressReserved")),
  description: z.string().trim().max(500, errorKey("descriptionTooLong")).default(""),
  topics: z
    .union([z.enum(ROOM_TOPICS), z.array(z.enum(ROOM_TOPICS))])
    .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
    .pipe(z.array(z.enum(ROOM_TOPICS)).max(3, errorKey("tooManyTopics")))
    .default([]),
  visibility: z.enum(["OPEN", "PRIVATE"], { error: errorKey("chooseOpenOrPrivate") }),
});

export type CreateClubInput = z.output<typeof createClubSchema>;

export const clubMemberActionSchema = z.object({
  clubId: z.uuid(),
  userId: z.uuid(),
});
