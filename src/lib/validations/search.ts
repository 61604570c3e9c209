import { z } from "zod";
import { errorKey } from "@/lib/error-key";

export const SEARCH_QUERY_MAX = 100;

export const searchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, errorKey("searchQueryEmpty"))
    .max(SEARCH_QUERY_MAX, errorKey("searchQueryTooLong")),
});
