import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { CompiledMessage } from "icu-minify/format";
import type { AbstractIntlMessages } from "next-intl";
import { compileMessage } from "@/i18n/compile-message";
import type { Locale } from "@/i18n/locales";

// Catalogues live in messages/<locale>/<namespace>.json: each file is one top-level namespace, so
// every team adds its own file and nobody edits a shared JSON. Read once per process: they ship with
// the build and never change while it runs (restart `next dev` after adding a namespace file).
const MESSAGES_DIR = path.join(process.cwd(), "messages");
export const loadMessages = oncePerLocale(readCatalogue);

/**
 * The catalogue as the browser gets it: every message compiled ahead of time (icu-minify), so the
 * client formats without parsing ICU (src/i18n/format-message.ts). Only the root layout's client
 * provider takes it; the server formats the source, as the tests and scripts do.
 */
export const loadCompiledMessages = oncePerLocale(
  // use-intl types a catalogue by its source strings; the leaves are now what icu-minify compiled,
  // which only src/i18n/format-message.ts reads.
  async (locale) => compileMessages(await loadMessages(locale)) as AbstractIntlMessages,
);

/** `load` for each locale once per process; a failed load is tried again next time. */
function oncePerLocale(
  load: (locale: Locale) => Promise<AbstractIntlMessages>,
): (locale: Locale) => Promise<AbstractIntlMessages> {
  const cache = new Map<Locale, Promise<AbstractIntlMessages>>();
  return (locale) => {
    const cached = cache.get(locale);
    if (cached) return cached;
    const loading = load(locale);
    cache.set(locale, loading);
    loading.catch(() => cache.delete(locale));
    return loading;
  };
}

type CompiledMessages = { [key: string]: CompiledMessages | CompiledMessage };

function compileMessages(messages: AbstractIntlMessages): CompiledMessages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [
      key,
      typeof value === "string" ? compileMessage(value) : compileMessages(value),
    ]),
  );
}

async function readCatalogue(locale: Locale): Promise<AbstractIntlMessages> {
  const dir = path.join(MESSAGES_DIR, locale);
  const files = (await readdir(dir)).filter((file) => file.endsWith(".json")).sort();
  const entries = await Promise.all(
    files.map(async (file) => {
      const parsed: unknown = JSON.parse(await readFile(path.join(dir, file), "utf8"));
      if (!isMessages(parsed))
        throw new Error(`${locale}/${file} is not a JSON object of messages`);
      return [path.basename(file, ".json"), parsed] as const;
    }),
  );
  return Object.fromEntries(entries);
}

function isMessages(value: unknown): value is AbstractIntlMessages {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
