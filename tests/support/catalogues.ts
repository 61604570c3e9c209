import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { AbstractIntlMessages } from "next-intl";
import { LOCALES, type Locale } from "@/i18n/locales";

// Reads messages/<locale>/<namespace>.json the way src/i18n/load-messages.ts does, synchronously.
export const MESSAGES_DIR = path.resolve(import.meta.dirname, "../../messages");

export type Catalogue = AbstractIntlMessages;

export function readCatalogue(locale: Locale): Catalogue {
  const dir = path.join(MESSAGES_DIR, locale);
  const entries = readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => {
      const parsed: unknown = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
      if (typeof parsed !== "object" || parsed === null) throw new Error(`${file}: not an object`);
      return [path.basename(file, ".json"), parsed as AbstractIntlMessages] as const;
    });
  return Object.fromEntries(entries);
}

export function readAllCatalogues(): Record<Locale, Catalogue> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, readCatalogue(locale)])) as Record<
    Locale,
    Catalogue
  >;
}

/** "hallway.liveNow" → message, for every leaf. */
export function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") {
    out.set(prefix, value);
    return out;
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
    return out;
  }
  out.set(prefix, `<<not a string: ${JSON.stringify(value)}>>`);
  return out;
}
