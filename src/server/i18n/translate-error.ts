import "server-only";
// use-intl's core, not next-intl: next-intl's react-server entry also loads its React provider,
// which plain Node (the seed script, under --conditions=react-server) cannot import.
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/locales";
import { mapFieldMessages, type ErrorKey, type ErrorValues } from "@/lib/error-key";
import english from "../../../messages/en/errors.json";
import chinese from "../../../messages/zh-CN/errors.json";

// Imported, not read through loadMessages: AppError words its English `userMessage` (logs, tests)
// synchronously when it is thrown. `satisfies` makes a key missing in Chinese a compile error.
const CATALOGUES = { en: english, "zh-CN": chinese } satisfies Record<
  Locale,
  Record<ErrorKey, string>
>;

/** One `errors` message in the given language. */
export function translateError(locale: Locale, key: ErrorKey, values?: ErrorValues): string {
  const t = createTranslator({
    locale,
    messages: { errors: CATALOGUES[locale] },
    namespace: "errors",
  });
  return t(key, values);
}

export function isErrorKey(message: string): message is ErrorKey {
  return Object.hasOwn(english, message);
}

/** A zod message is one of our keys, or zod's own default (left as it is). */
export function translateFieldMessage(locale: Locale, message: string): string {
  return isErrorKey(message) ? translateError(locale, message) : message;
}

/** Every message of a flattened zod error, translated. */
export function translateFieldErrors(
  locale: Locale,
  fieldErrors: Record<string, string[] | undefined>,
): Record<string, string[] | undefined> {
  return mapFieldMessages(fieldErrors, (message) => translateFieldMessage(locale, message));
}
