import { z } from "zod";
import { errorKey } from "@/lib/error-key";
import { LOCALES, parseTimeZone } from "@/i18n/locales";

// "" in the form means "follow the browser", stored as null.
const followBrowser = z.literal("").transform(() => null);

export const updatePreferencesSchema = z.object({
  locale: z.union([followBrowser, z.enum(LOCALES)]),
  timeZone: z.union([
    followBrowser,
    z
      .string()
      .trim()
      .transform((value, ctx) => {
        const zone = parseTimeZone(value);
        if (zone) return zone;
        ctx.addIssue({ code: "custom", message: errorKey("pickTimeZone") });
        return z.NEVER;
      }),
  ]),
});

export type UpdatePreferencesInput = z.infer<typeof updatePreferencesSchema>;
